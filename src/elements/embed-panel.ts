/**
 * <embed-panel>: the "Insluiten" panel. Shows the iframe snippet for the view on screen (it
 * follows the map on the same page) and copies it on request.
 */
import { embedSnippet, type EmbedView } from '../lib/site/embed.ts';
import { MAP_VIEW_CHANGE, type MapViewChange, type MapViewDetail } from './map-view-change.ts';

class EmbedPanel extends HTMLElement {
  private view: EmbedView = {};

  connectedCallback() {
    const year = this.dataset['year'];
    this.view = {
      type: this.dataset['type'],
      municipality: this.dataset['municipality'],
      year: year ? Number(year) : undefined,
    };
    const code = this.querySelector('code')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const follow = ({ year, type }: MapViewDetail) => {
      this.view = { ...this.view, year, type: type ?? undefined };
      code.textContent = embedSnippet(this.dataset['site']!, this.view);
    };
    // The map may have drawn itself before this panel started listening: take its view as it is now.
    const map = document.querySelector<HTMLElement & { view?: MapViewDetail }>('municipality-map');
    if (map?.view?.year) follow(map.view);
    document.addEventListener(MAP_VIEW_CHANGE, (event) => follow((event as MapViewChange).detail));
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]')!;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => (status.textContent = 'De code is gekopieerd.'),
        () => {
          getSelection()?.selectAllChildren(code);
          status.textContent = 'Kopiëren lukte niet; de code is geselecteerd, kopieer hem met Ctrl+C.';
        },
      );
    });
  }
}

customElements.define('embed-panel', EmbedPanel);
