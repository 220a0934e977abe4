/**
 * <type-lists>: the home page's list of every municipality per type, which follows the year the
 * map shows (its heading, counts and members), so that the list never contradicts the legend.
 * Without JavaScript it shows the year the page opens on.
 */
import { typeIn, type MapSummary } from '../lib/map/map-summary.ts';
import { municipalityUrl } from '../lib/site/urls.ts';
import { formatNumber } from '../lib/words/format.ts';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';
import { MAP_VIEW_CHANGE, type MapViewChange, type MapViewDetail } from './map-view-change.ts';

/** What the list reads from the map element: its view and, once loaded, its data. */
type MapElement = HTMLElement & { view?: MapViewDetail; summary?: MapSummary };

class TypeLists extends HTMLElement {
  private year = 0;

  connectedCallback() {
    this.year = Number(this.dataset['year']);
    const follow = (map: MapElement | null) => {
      const year = map?.view?.year;
      if (map?.summary && year !== undefined && year !== this.year) this.show(map.summary, year);
    };
    // The map may have drawn itself (from ?jaar=) before this list started listening.
    follow(document.querySelector<MapElement>('municipality-map'));
    document.addEventListener(MAP_VIEW_CHANGE, (event) => follow((event as MapViewChange).target as MapElement));
  }

  /** Shows the year's members of every type, in the order of the map's file (alphabetical). */
  private show(summary: MapSummary, year: number) {
    this.year = year;
    const index = summary.years.indexOf(year);
    for (const element of this.querySelectorAll('[data-year]')) element.textContent = String(year);
    for (const group of this.querySelectorAll<HTMLElement>('[data-type-group]')) {
      const type = group.dataset['typeGroup'] as TypeSlug;
      const members = summary.municipalities.filter((m) => typeIn(m, index) === type);
      const count = group.querySelector('[data-count]');
      if (count) count.textContent = formatNumber(members.length);
      group.querySelector('ul')!.replaceChildren(
        ...members.map((m) => {
          const item = document.createElement('li');
          const link = item.appendChild(document.createElement('a'));
          link.href = municipalityUrl(m.code);
          link.textContent = m.name;
          if (this.dataset['linkTarget']) {
            link.target = this.dataset['linkTarget'];
            link.rel = 'noopener';
          }
          return item;
        }),
      );
    }
  }
}

customElements.define('type-lists', TypeLists);
