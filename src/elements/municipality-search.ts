/**
 * <municipality-search>: finds a municipality by current name, former name or alias, as a
 * combobox (WAI-ARIA 1.2 pattern): type to filter, arrow keys to move, Enter to open the page,
 * Escape to close. The names load on first use from the shared search file; if that fails, the
 * form says so and offers to try again.
 */
import { search, type SearchEntry, type SearchHit, type SearchIndex } from '../lib/search.ts';
import { municipalityUrl } from '../lib/urls.ts';
import { countOf } from '../lib/words.ts';
import { loadJson } from './load-json.ts';

class MunicipalitySearch extends HTMLElement {
  private entries: Promise<SearchEntry[]> | undefined;
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private hits: SearchHit[] = [];
  private active = -1;

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[role="status"]')!;
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
      if (option) this.open(Number(option.dataset['index']));
    });
    this.closest('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.open(this.active >= 0 ? this.active : 0);
    });
  }

  private load(): Promise<SearchEntry[]> {
    this.entries ??= loadJson<SearchIndex>(
      this.dataset['search']!,
      this.querySelector('form')!,
      'De lijst met gemeenten voor het zoeken',
    ).then((index) => index.municipalities);
    return this.entries;
  }

  private async refresh() {
    const entries = await this.load();
    // After a failed load the reader pressed "Opnieuw proberen" (which then goes away, leaving focus
    // nowhere): back to the search, with its results. Focus the reader moved elsewhere stays there.
    const lost = document.activeElement === document.body || this.contains(document.activeElement);
    if (this.input.value.trim() !== '' && document.activeElement !== this.input && lost) this.input.focus();
    this.hits = search(entries, this.input.value);
    this.active = -1;
    this.list.replaceChildren(
      ...this.hits.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `${this.list.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['index'] = String(index);
        option.textContent = hit.name;
        if (hit.matchedAlias) {
          const alias = option.appendChild(document.createElement('span'));
          alias.className = 'alias';
          alias.textContent = ` (${hit.matchedAlias})`;
        }
        return option;
      }),
    );
    const open = this.hits.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    const query = this.input.value.trim();
    this.status.textContent =
      query === ''
        ? ''
        : open
          ? `${countOf(this.hits.length, 'gemeente', 'gemeenten', { digits: true })} gevonden`
          : 'Geen gemeente gevonden';
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
    } else if (event.key === 'Enter' && this.hits.length > 0) {
      event.preventDefault();
      this.open(this.active >= 0 ? this.active : 0);
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) this.close();
      else this.input.value = '';
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

  private open(index: number) {
    const hit = this.hits[index];
    if (hit) location.assign(municipalityUrl(hit.code));
  }

  private close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

customElements.define('municipality-search', MunicipalitySearch);
