/**
 * <example-catalogue>: filters the list of practice examples as you choose types, themes, a
 * municipality or type search words. The list works without JavaScript; the filter is kept in
 * the URL.
 */
import {
  filterFromParams,
  filterToParams,
  matches,
  type CatalogueFilter,
  type CatalogueItem,
} from '../lib/example-catalogue.ts';
import { THEME_KEYS } from '../lib/example-schema.ts';
import type { TypeSlug } from '../lib/wrr-types.ts';

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
    const url = new URL(location.href);
    url.search = filterToParams(filter).toString();
    history.replaceState(history.state, '', url);
  }
}

customElements.define('example-catalogue', ExampleCatalogue);
