/**
 * <example-catalogue>: filters the list of practice examples as you choose types, themes, a
 * municipality or type search words. The list works without JavaScript; the filter is kept in
 * the URL.
 */
import {
  filterFromParams,
  filterToParams,
  matches,
  widenings,
  type CatalogueFilter,
  type CatalogueItem,
  type FilterPart,
} from '../lib/examples/example-catalogue.ts';
import { THEME_KEYS } from '../lib/examples/example-schema.ts';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';

/** What a button offers to let go of, where the filters together find nothing. */
const LET_GO: Record<FilterPart, string> = {
  types: 'Alle typen gemeenten',
  themes: 'Alle thema’s',
  municipality: 'Alle gemeenten',
  query: 'Zonder de zoekwoorden',
};

class ExampleCatalogue extends HTMLElement {
  private form!: HTMLFormElement;
  private items: { element: HTMLElement; item: CatalogueItem }[] = [];

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.items = [...this.querySelectorAll<HTMLElement>('[data-example]')].map((element) => ({
      element,
      item: {
        type: element.dataset['type'] as TypeSlug,
        themes: element.dataset['themes']!.split(' '),
        municipalities: element.dataset['municipalities']!.split(' '),
        text: element.dataset['text']!,
      },
    }));
    this.show(filterFromParams(new URL(location.href).searchParams, THEME_KEYS));
    this.form.addEventListener('input', () => this.apply());
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(() => this.apply()));
    this.form.hidden = false;
    this.apply();
    this.setAttribute('data-ready', '');
  }

  /** Where nothing is found, offers per filter in use to let it go, with how many examples that shows. */
  private offerWider(filter: CatalogueFilter | null) {
    const box = this.querySelector<HTMLElement>('[data-widen]')!;
    const options = filter
      ? widenings(
          this.items.map((i) => i.item),
          filter,
        )
      : [];
    box.hidden = options.length === 0;
    box.querySelector('ul')!.replaceChildren(
      ...options.map(({ part, count }) => {
        const item = document.createElement('li');
        const button = item.appendChild(document.createElement('button'));
        button.type = 'button';
        button.textContent = `${LET_GO[part]} (${count} ${count === 1 ? 'voorbeeld' : 'voorbeelden'})`;
        button.addEventListener('click', () => this.letGo(part));
        return item;
      }),
    );
  }

  /** Clears one part of the filter in the form and shows the result. */
  private letGo(part: FilterPart) {
    const name = { types: 'type', themes: 'thema' } as const;
    if (part === 'types' || part === 'themes')
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${name[part]}"]`))
        input.checked = false;
    else (this.form.elements.namedItem(part === 'municipality' ? 'gemeente' : 'q') as HTMLInputElement).value = '';
    this.apply();
  }

  /** Puts a filter into the form controls. */
  private show(filter: CatalogueFilter) {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      input.checked = filter.types.includes(input.value as TypeSlug);
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[name="thema"]'))
      input.checked = filter.themes.some((t) => t === input.value);
    (this.form.elements.namedItem('gemeente') as HTMLSelectElement).value = filter.municipality ?? '';
    (this.form.elements.namedItem('q') as HTMLInputElement).value = filter.query;
  }

  /** Reads the form, shows the matching examples and keeps the filter in the URL. */
  private apply() {
    const checked = (name: string) =>
      [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const params = new URLSearchParams({
      type: checked('type').join(','),
      thema: checked('thema').join(','),
      gemeente: (this.form.elements.namedItem('gemeente') as HTMLSelectElement).value,
      q: (this.form.elements.namedItem('q') as HTMLInputElement).value,
    });
    const filter = filterFromParams(params, THEME_KEYS);
    let shown = 0;
    for (const { element, item } of this.items) {
      const visible = matches(item, filter);
      element.hidden = !visible;
      if (visible) shown++;
    }
    this.querySelector('[data-count]')!.textContent = `${shown} van de ${this.items.length} praktijkvoorbeelden`;
    this.offerWider(shown === 0 ? filter : null);
    const url = new URL(location.href);
    url.search = filterToParams(filter).toString();
    history.replaceState(history.state, '', url);
  }
}

customElements.define('example-catalogue', ExampleCatalogue);
