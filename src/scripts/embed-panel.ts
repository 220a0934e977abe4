/**
 * <embed-panel>: the "Insluiten" panel. Shows the iframe snippet for the view on screen (it
 * follows the map on the same page) and copies it on request.
 */
import { embedSnippet, type EmbedView } from '../lib/embed.ts';

/** What the map on the page shows. */
interface MapView {
  year: number;
  type: string | null;
}

class EmbedPanel extends HTMLElement {
  private view: EmbedView = {};

  connectedCallback() {
    this.view = { type: this.dataset['type'], municipality: this.dataset['municipality'], year: this.dataset['year'] };
    const code = this.querySelector('code')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const follow = ({ year, type }: MapView) => {
      this.view = { ...this.view, year: String(year), type: type ?? undefined };
      code.textContent = embedSnippet(this.dataset['site']!, this.view);
    };
    // The map may have drawn itself before this panel started listening: take its view as it is now.
    const map = document.querySelector<HTMLElement & { view?: MapView }>('municipality-map');
    if (map?.view?.year) follow(map.view);
    document.addEventListener('map-view-change', (event) => follow((event as CustomEvent<MapView>).detail));
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
