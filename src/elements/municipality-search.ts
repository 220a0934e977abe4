/**
 * <municipality-search>: finds a municipality by current name, former name, alias or a town in it,
 * as a combobox (WAI-ARIA 1.2 pattern): type to filter, arrow keys to move, Enter to open the
 * chosen page (or, with nothing chosen, the one best match), Escape to close. When nothing matches
 * it says so visibly, with the closest names and the A–Z list. The names load on first use from
 * the shared search file; if that fails, the form says so and offers to try again. Without
 * JavaScript the form itself goes to the A–Z list. In the embed (data-on-map) a choice is shown on
 * the map of the same page instead, and the field keeps the query.
 */
import {
  bestHit,
  search,
  suggestions,
  type SearchEntry,
  type SearchHit,
  type SearchIndex,
} from '../lib/search/search.ts';
import { PARAM } from '../lib/site/url-params.ts';
import { municipalityUrl, sitePath } from '../lib/site/urls.ts';
import { CHOOSE_MUNICIPALITY, type MapChoice } from './map-choice.ts';
import { countOf } from '../lib/words/words.ts';
import { loadJson } from './load-json.ts';

/** The text of a hit in the list: "Sneek → Súdwest-Fryslân", "'s-Gravenhage (Den Haag)". */
function describeHit(hit: SearchHit, into: HTMLElement) {
  if (hit.matchedPlace) {
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.textContent = ' → ';
    const spoken = document.createElement('span');
    spoken.className = 'visually-hidden';
    spoken.textContent = ', in de gemeente ';
    into.append(hit.matchedPlace, arrow, spoken, hit.name);
  } else {
    into.append(hit.name);
    if (hit.matchedAlias) {
      const alias = into.appendChild(document.createElement('span'));
      alias.className = 'alias';
      alias.textContent = ` (${hit.matchedAlias})`;
    }
  }
}

class MunicipalitySearch extends HTMLElement {
  private entries: Promise<SearchEntry[]> | undefined;
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private none!: HTMLElement;
  private hits: SearchHit[] = [];
  private active = -1;

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.none = this.querySelector('.search-none')!;
    this.input.addEventListener('focus', () => void this.load());
    this.input.addEventListener('input', () => void this.refresh());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    // Close when focus has really gone elsewhere (not when it comes back, as after "Opnieuw proberen").
    this.input.addEventListener('blur', () =>
      setTimeout(() => {
        if (document.activeElement !== this.input) this.close();
      }, 150),
    );
    this.list.addEventListener('pointerdown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.open(this.hits[Number(option.dataset['index'])]);
    });
    // The form is the element's child; Enter in the field and the button both submit it.
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.queryFromUrl();
  }

  // On the A–Z list, a search sent there before the script ran (or from another page) is shown
  // again with its results; in the embed the field shows the municipality the map was asked for.
  private queryFromUrl() {
    if (!this.hasAttribute('data-query-from-url')) return;
    const query = new URLSearchParams(location.search).get(this.input.name)?.trim();
    // A code (as an embed snippet may carry) is no query a reader typed; the map names that municipality.
    if (!query || /^GM\d{4}$/i.test(query)) return;
    this.input.value = query;
    if (!this.onMap) void this.refresh();
  }

  private get onMap(): boolean {
    return this.hasAttribute('data-on-map');
  }

  private load(): Promise<SearchEntry[]> {
    this.entries ??= loadJson<SearchIndex>(
      this.dataset['search']!,
      this.querySelector('form')!,
      'De lijst met gemeenten voor het zoeken',
    ).then((index) => index.municipalities);
    return this.entries;
  }

  /** Shows the hits for the field's text; `submitted` where the reader pressed Enter, so the status names the query. */
  private async refresh(submitted = false) {
    const entries = await this.load();
    // After a failed load the reader pressed "Opnieuw proberen" (which then goes away, leaving focus
    // nowhere): back to the search, with its results. Focus the reader moved elsewhere stays there.
    const lost = document.activeElement === document.body || this.contains(document.activeElement);
    if (this.input.value.trim() !== '' && document.activeElement !== this.input && lost) this.input.focus();
    this.hits = search(entries, this.input.value);
    this.active = -1;
    this.list.replaceChildren(...this.hits.map((hit, index) => this.option(hit, index)));
    const open = this.hits.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    const query = this.input.value.trim();
    const close = query !== '' && !open ? suggestions(entries, query) : [];
    this.showNone(query !== '' && !open, close);
    const none = submitted ? `Geen gemeente gevonden voor ‘${query}’` : 'Geen gemeente gevonden';
    this.status.textContent =
      query === ''
        ? ''
        : open
          ? `${countOf(this.hits.length, 'gemeente', 'gemeenten', { digits: true })} gevonden`
          : close.length > 0
            ? `${none}. Bedoelt u ${close.map((h) => h.matchedPlace ?? h.matchedAlias ?? h.name).join(' of ')}?`
            : none;
  }

  private option(hit: SearchHit, index: number): HTMLLIElement {
    const option = document.createElement('li');
    option.id = `${this.list.id}-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset['index'] = String(index);
    describeHit(hit, option);
    return option;
  }

  // The visible "nothing found", with links to the closest names when there are any.
  private showNone(shown: boolean, close: SearchHit[]) {
    this.none.hidden = !shown;
    const suggestion = this.none.querySelector<HTMLElement>('.search-suggestions')!;
    suggestion.hidden = close.length === 0;
    const links = suggestion.querySelector('span')!;
    links.replaceChildren();
    close.forEach((hit, index) => {
      if (index > 0) links.append(index === close.length - 1 ? ' of ' : ', ');
      const link = links.appendChild(document.createElement('a'));
      link.href = this.onMap ? `${sitePath('/embed/')}?${PARAM.municipality}=${hit.code}` : municipalityUrl(hit.code);
      describeHit(hit, link);
      if (this.onMap)
        link.addEventListener('click', (event) => {
          event.preventDefault();
          this.open(hit);
        });
    });
  }

  // Enter or the button: the chosen option, else the one best match; else the list (or the
  // "nothing found") stays for the reader to choose from. The page is never reloaded.
  private async submit() {
    if (this.active >= 0) return this.open(this.hits[this.active]);
    const query = this.input.value.trim();
    // The status always answers Enter, so that a screen reader hears why no page opened.
    if (query === '') {
      this.status.textContent = 'Typ eerst de naam van een gemeente of plaats';
      return this.input.focus();
    }
    const best = bestHit(await this.load(), query);
    if (best) return this.open(best);
    await this.refresh(true);
    if (this.hits.length > 1)
      this.status.textContent = `${this.hits.length} gemeenten gevonden: kies er een uit de lijst`;
  }

  private onKey(event: KeyboardEvent) {
    const last = this.hits.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (last < 0) return;
      const next =
        event.key === 'ArrowDown'
          ? this.active >= last
            ? 0
            : this.active + 1
          : this.active <= 0
            ? last
            : this.active - 1;
      this.select(next);
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) this.close();
      else {
        this.input.value = '';
        void this.refresh();
      }
    }
  }

  private select(index: number) {
    this.active = index;
    for (const option of this.list.children) {
      option.setAttribute('aria-selected', String(option.id === `${this.list.id}-${index}`));
    }
    this.input.setAttribute('aria-activedescendant', `${this.list.id}-${index}`);
    this.list.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  private open(hit: SearchHit | undefined) {
    if (!hit) return;
    if (!this.onMap) return location.assign(municipalityUrl(hit.code));
    this.close();
    this.none.hidden = true;
    this.status.textContent = `${hit.name} staat op de kaart.`;
    this.dispatchEvent(new CustomEvent<MapChoice>(CHOOSE_MUNICIPALITY, { bubbles: true, detail: { code: hit.code } }));
  }

  private close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

customElements.define('municipality-search', MunicipalitySearch);
