/**
 * <municipality-map>: makes the national map (drawn at build time, every municipality a link)
 * interactive: a year switch recolours it, the legend highlights a type, hovering or focusing a
 * municipality shows a label, Space opens it like Enter does, and it can be zoomed and panned.
 * The state is kept in the URL where the page asks for it (data-url-state).
 */
import { chosenLine } from '../lib/map/chosen-line.ts';
import { formatNumber } from '../lib/words/format.ts';
import { CHANGE_CONTROLS, changeYearsFromParam, changeYearsToParam, PARAM } from '../lib/site/url-params.ts';
import { countOf } from '../lib/words/words.ts';
import { keepYearsApart } from './year-pair.ts';
import {
  certaintyLines,
  changedBetween,
  mapLabel,
  typeIn,
  shownTypeLine,
  type MapMunicipality,
  type MapSummary,
} from '../lib/map/map-summary.ts';
import { search, type SearchIndex } from '../lib/search/search.ts';
import { codeInUrl } from '../lib/site/urls.ts';
import { isTypeSlug, TYPES, type TypeSlug } from '../lib/typology/wrr-types.ts';
import { loadJson } from './load-json.ts';
import { MapKeys } from './map-keys.ts';
import { MapZoom } from './map-zoom.ts';
import { MAP_VIEW_CHANGE, type MapViewDetail } from './map-view-change.ts';
import { originLine } from '../lib/map/origin-map.ts';
import { paintOrigin, showLegend } from './origin-layer.ts';
import { CHOOSE_MUNICIPALITY, type ChooseMunicipality } from './map-choice.ts';

const SVG = 'http://www.w3.org/2000/svg';

class MunicipalityMap extends HTMLElement {
  private years: number[] = [];
  /** Years in CBS's herkomstland classification: shown by their share from outside Europe, not by type. */
  private originYears: number[] = [];
  /** The herkomstland year shown (an index into originYears), or null while a year with types is shown. */
  private originIndex: number | null = null;
  private municipalities = new Map<string, MapMunicipality>();
  /** The types the rules recognise poorly, which the labels warn about. */
  private weak: TypeSlug[] = [];
  private links = new Map<string, SVGAElement>();
  /** The code of each map link, read once from its URL (the HTML carries the code nowhere else). */
  private codes = new Map<Element, string>();
  private yearIndex = 0;
  private activeType: TypeSlug | null = null;
  private onlyExamples = false;
  /** Year indexes between which the type must differ to stay lit, or null. */
  private changed: [number, number] | null = null;
  private svg!: SVGSVGElement;
  private viewport!: SVGGElement;
  private ring!: SVGPathElement;
  private tooltip!: HTMLElement;
  private status!: HTMLElement;
  private zoom!: MapZoom;
  private keys!: MapKeys;
  /** The municipality ?gemeente= asks for, named in text above the map. */
  private chosen: string | undefined;
  /** The dashed outline of the chosen municipality. */
  private marker: SVGPathElement | undefined;
  /** Whether the last press on the map was a finger's. */
  private touched = false;
  /** The municipality a first tap named; a second tap on it opens it. */
  private tapped: string | undefined;
  /** The map's data file once loaded: the home page's list per type follows the year from it. */
  summary: MapSummary | undefined;

  async connectedCallback() {
    this.svg = this.querySelector('svg.map')!;
    this.viewport = this.svg.querySelector('.viewport')!;
    this.ring = this.svg.querySelector('.ring')!;
    this.tooltip = this.querySelector('.map-tooltip')!;
    this.status = this.querySelector('.map-status')!;
    this.years = this.dataset['years']!.split(' ').map(Number);
    this.originYears = (this.dataset['originYears'] ?? '').split(' ').filter(Boolean).map(Number);
    for (const link of this.svg.querySelectorAll<SVGAElement>('.shapes a')) {
      const code = codeInUrl(link.getAttribute('href')!)!;
      this.links.set(code, link);
      this.codes.set(link, code);
    }
    const wanted = this.readState();
    this.zoom = new MapZoom(this.svg, this.querySelector('[data-zoom-hint]'));
    this.keys = new MapKeys(
      this,
      this.links,
      this.codes,
      () => [...this.municipalities.values()].map(({ code, name }) => ({ code, name })),
      this.dataset['borders']!,
    );
    // The map and its links work as drawn; the year switch, filters and labels need its data file.
    const summary = await loadJson<MapSummary>(
      this.dataset['summary']!,
      this.querySelector('[data-load-problem]')!,
      'De gegevens van de kaart',
    );
    for (const m of summary.municipalities) this.municipalities.set(m.code, m);
    this.summary = summary;
    this.weak = summary.weak ?? [];
    this.wireControls();
    this.update();
    const code = await this.resolve(wanted);
    if (code) this.highlight(code);
    else if (wanted) this.notFound(wanted);
    // A search on the same page (the embed's) chooses in place, without reloading the page.
    document.addEventListener(CHOOSE_MUNICIPALITY, (event) => this.choose((event as ChooseMunicipality).detail.code));
    this.setAttribute('data-ready', '');
  }

  /** The year and highlighted type on screen (the embed panel builds its snippet from them). */
  get view(): MapViewDetail {
    return { year: this.shownYear(), type: this.originIndex === null ? this.activeType : null };
  }

  /** The year on screen: a year with types, or a herkomstland year. */
  private shownYear(): number {
    return this.originIndex === null ? this.years[this.yearIndex]! : this.originYears[this.originIndex]!;
  }

  /**
   * Year and type from the element's attributes, overridden by the URL where asked; returns what
   * ?gemeente= asks to highlight, if anything.
   */
  private readState(): string | null {
    const params = this.hasAttribute('data-url-state') ? new URL(location.href).searchParams : new URLSearchParams();
    const year = Number(params.get(PARAM.year) ?? this.dataset['year']);
    this.yearIndex = Math.max(0, this.years.indexOf(year));
    this.originIndex = this.originYears.includes(year) ? this.originYears.indexOf(year) : null;
    const type = params.get(PARAM.type) ?? this.dataset['type'] ?? '';
    this.activeType = isTypeSlug(type) ? type : null;
    const changed = changeYearsFromParam(params.get(PARAM.changed), this.years);
    this.changed = changed && [this.years.indexOf(changed[0]), this.years.indexOf(changed[1])];
    return params.get(PARAM.municipality);
  }

  /** A municipality code from a code, or from a current, former or common name. */
  private async resolve(wanted: string | null): Promise<string | undefined> {
    if (!wanted) return undefined;
    if (this.links.has(wanted.toUpperCase())) return wanted.toUpperCase();
    // Names need the aliases, which only the search file has.
    const index = await loadJson<SearchIndex>(
      this.dataset['search']!,
      this.querySelector('[data-load-problem]')!,
      `De namenlijst om ‘${wanted}’ op de kaart te vinden`,
    );
    return search(index.municipalities, wanted, 1)[0]?.code;
  }

  private wireControls() {
    for (const input of this.querySelectorAll<HTMLInputElement>(`input[name^="${PARAM.year}"]`)) {
      const origin = input.dataset['origin'] === undefined ? null : Number(input.dataset['origin']);
      input.checked = Number(input.value) === this.shownYear() && (origin === null) === (this.originIndex === null);
      input.addEventListener('change', () => {
        this.originIndex = origin;
        if (origin === null) this.yearIndex = this.years.indexOf(Number(input.value));
        this.update();
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-type]')) {
      button.addEventListener('click', () => {
        const type = button.dataset['type'] as TypeSlug;
        this.activeType = this.activeType === type ? null : type;
        this.update();
      });
    }
    this.querySelector<HTMLInputElement>('input[name="voorbeelden"]')?.addEventListener('change', (event) => {
      this.onlyExamples = (event.target as HTMLInputElement).checked;
      this.update();
    });
    this.wireChangeFilter();
    // A folded legend (the embed's) opens where the view highlights a type, so that the reader sees
    // which, and where the frame is wide enough to show it beside the map (MapView's styles).
    const fold = this.querySelector<HTMLDetailsElement>('details.legend');
    if (fold && (this.activeType || matchMedia('(min-width: 36rem)').matches)) fold.open = true;
    this.querySelector('[data-zoom="in"]')?.addEventListener('click', () => this.zoom.zoomBy(1.6));
    this.querySelector('[data-zoom="out"]')?.addEventListener('click', () => this.zoom.zoomBy(1 / 1.6));
    this.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => this.zoom.reset());

    // Listen on the element itself: Chromium makes SVG groups with key listeners focusable.
    // A finger has no hover: its label comes with a first tap (see onTap), and stays when it lifts.
    const hovering = (event: PointerEvent) => event.pointerType !== 'touch';
    this.addEventListener('pointerover', (event) => hovering(event) && this.show(event.target, event));
    this.addEventListener('pointermove', (event) => hovering(event) && this.show(event.target, event));
    this.addEventListener('pointerout', (event) => hovering(event) && this.hide());
    this.svg.addEventListener('pointerdown', (event) => (this.touched = event.pointerType === 'touch'));
    this.svg.addEventListener('click', (event) => this.onTap(event));
    this.addEventListener('focusin', (event) => {
      this.show(event.target);
      this.bringIntoView(event.target);
    });
    this.addEventListener('focusout', () => this.hide());
    this.addEventListener('keydown', (event) => {
      const link = (event.target as Element).closest('svg a');
      // Links open with Enter; the map also opens them with Space, as its instructions say.
      if (link && event.key === ' ') {
        event.preventDefault();
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }
    });
  }

  /** The filter that keeps only municipalities whose type changed between two chosen years. */
  private wireChangeFilter() {
    const box = this.querySelector<HTMLInputElement>(`input[name="${CHANGE_CONTROLS.on}"]`);
    const from = this.querySelector<HTMLSelectElement>(`select[name="${CHANGE_CONTROLS.from}"]`);
    const to = this.querySelector<HTMLSelectElement>(`select[name="${CHANGE_CONTROLS.to}"]`);
    if (!box || !from || !to) {
      // A map without the filter (the embed) ignores ?veranderd= rather than dim shapes it cannot explain.
      this.changed = null;
      return;
    }
    if (this.changed) {
      box.checked = true;
      from.value = String(this.years[this.changed[0]]);
      to.value = String(this.years[this.changed[1]]);
    }
    keepYearsApart(from, to);
    const read = () => {
      keepYearsApart(from, to);
      const pair: [number, number] = [this.years.indexOf(Number(from.value)), this.years.indexOf(Number(to.value))];
      this.changed = box.checked ? pair : null;
      this.update();
    };
    for (const control of [box, from, to]) control.addEventListener('change', read);
  }

  /** Applies year, type highlight and example filter to shapes, labels, legend and URL. */
  private update() {
    if (this.originIndex !== null) {
      const year = this.shownYear();
      this.status.textContent = paintOrigin(this, this.links, this.municipalities, this.originIndex, year);
      this.showChosen();
      this.announce(year);
      return;
    }
    showLegend(this, null);
    const year = this.years[this.yearIndex]!;
    const counts = new Map<TypeSlug, number>();
    for (const [code, link] of this.links) {
      const m = this.municipalities.get(code)!;
      const type = typeIn(m, this.yearIndex);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      link.dataset['type'] = type;
      link.firstElementChild!.setAttribute('fill', TYPES[type].colour);
      const unchanged = this.changed !== null && !changedBetween(m, ...this.changed);
      const dim =
        (this.activeType !== null && type !== this.activeType) || (this.onlyExamples && !m.examples) || unchanged;
      link.classList.toggle('dim', dim);
      link.setAttribute('aria-label', mapLabel(m, this.yearIndex));
    }
    this.showChosen();
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-type]')) {
      const type = button.dataset['type'] as TypeSlug;
      button.setAttribute('aria-pressed', String(type === this.activeType));
      button.querySelector('.count')!.textContent = formatNumber(counts.get(type) ?? 0);
    }
    const highlighted = this.activeType
      ? `; uitgelicht: ${TYPES[this.activeType].label.toLowerCase()} (${counts.get(this.activeType) ?? 0})`
      : '';
    const changes = this.changeText();
    this.status.textContent = `De kaart toont de typen met de cijfers van ${year}${highlighted}${changes ? `; ${changes}` : ''}.`;
    this.announce(year);
  }

  /** Tells listeners (the embed panel) what the map shows, and keeps it in the URL where asked. */
  private announce(year: number) {
    const type = this.originIndex === null ? this.activeType : null;
    this.dispatchEvent(new CustomEvent<MapViewDetail>(MAP_VIEW_CHANGE, { bubbles: true, detail: { year, type } }));
    if (this.hasAttribute('data-url-state')) {
      const url = new URL(location.href);
      url.searchParams.set(PARAM.year, String(year));
      if (type) url.searchParams.set(PARAM.type, type);
      else url.searchParams.delete(PARAM.type);
      const [from, to] = this.changed ?? [];
      if (this.changed) url.searchParams.set(PARAM.changed, changeYearsToParam([this.years[from!]!, this.years[to!]!]));
      else url.searchParams.delete(PARAM.changed);
      history.replaceState(history.state, '', url);
    }
  }

  /** "47 gemeenten hebben volgens de regels in 2022 een ander type dan in 2015", beside the filter; empty when it is off. */
  private changeText(): string {
    const output = this.querySelector<HTMLOutputElement>(`output[name="${CHANGE_CONTROLS.count}"]`);
    if (!this.changed) {
      if (output) output.textContent = '';
      return '';
    }
    const [from, to] = this.changed;
    const count = [...this.municipalities.values()].filter((m) => changedBetween(m, from, to)).length;
    const text = `${countOf(count, 'gemeente heeft', 'gemeenten hebben', { digits: true })} volgens de regels in ${this.years[to]} een ander type dan in ${this.years[from]}`;
    if (output) output.textContent = `${text}.`;
    return text;
  }

  private show(target: EventTarget | null, pointer?: PointerEvent) {
    const link = (target as Element | null)?.closest<SVGAElement>('svg a');
    if (!link) return;
    const m = this.municipalities.get(this.codes.get(link)!);
    if (!m) return;
    const frame = this.tooltip.parentElement!.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    const x = pointer ? pointer.clientX : box.left + box.width / 2;
    const y = pointer ? pointer.clientY : box.top;
    this.tooltip.replaceChildren();
    const name = this.tooltip.appendChild(document.createElement('strong'));
    name.textContent = m.name;
    const line = this.tooltip.appendChild(document.createElement('span'));
    if (this.originIndex === null) {
      line.textContent = shownTypeLine(m, this.yearIndex);
      for (const sure of certaintyLines(m, this.yearIndex, this.weak)) {
        this.tooltip.appendChild(document.createElement('span')).textContent = sure;
      }
      const people = this.tooltip.appendChild(document.createElement('span'));
      people.textContent = `${formatNumber(m.inhabitants[this.yearIndex]!)} inwoners (${this.years[this.yearIndex]})`;
    } else {
      line.textContent = originLine(m, this.originIndex, this.shownYear());
    }
    this.tooltip.hidden = false;
    // Keep the label inside the map: flip it to the left of the point in the right half.
    const left = Math.min(Math.max(x - frame.left, 0), frame.width);
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${Math.max(y - frame.top, 0)}px`;
    this.tooltip.classList.toggle('flip', left > frame.width / 2);
    if (!pointer) this.ring.setAttribute('d', link.firstElementChild!.getAttribute('d')!);
  }

  /**
   * On a touch screen a first tap on a municipality shows its label (with its ring, so a small one
   * such as Tiel is seen to be the one hit) and a second tap on it opens it; a tap elsewhere clears it.
   */
  private onTap(event: MouseEvent) {
    if (!this.touched) return;
    const link = (event.target as Element).closest<SVGAElement>('svg a');
    const code = link ? this.codes.get(link) : undefined;
    if (code && code === this.tapped) return;
    this.tapped = code;
    if (!link) return this.hide();
    event.preventDefault();
    this.show(link);
    const again = this.tooltip.appendChild(document.createElement('span'));
    again.className = 'tap-again';
    again.textContent = 'Tik nog eens om de pagina te openen.';
  }

  private hide() {
    this.tooltip.hidden = true;
    this.ring.removeAttribute('d');
  }

  /** When zoomed in, pans to a municipality that receives keyboard focus out of sight. */
  private bringIntoView(target: EventTarget | null) {
    const link = (target as Element | null)?.closest<SVGAElement>('svg a');
    if (!link || !this.zoom.zoomed()) return;
    const box = (link.firstElementChild as SVGPathElement).getBBox();
    if (!this.zoom.inView(box)) this.zoom.show(box, false);
  }

  /** Names the chosen municipality and its type in the year shown, with a link to its page. */
  private showChosen() {
    const box = this.querySelector<HTMLElement>('[data-chosen]');
    const m = this.chosen && this.municipalities.get(this.chosen);
    if (!box || !m) return;
    const link = document.createElement('a');
    link.href = this.links.get(m.code)!.getAttribute('href')!;
    if (this.dataset['linkTarget']) {
      link.target = this.dataset['linkTarget'];
      link.rel = 'noopener';
    }
    link.textContent = m.name;
    const line =
      this.originIndex === null
        ? chosenLine(m, this.yearIndex, this.years[this.yearIndex]!, this.weak)
        : `: ${originLine(m, this.originIndex, this.shownYear())}.`;
    box.replaceChildren(link, line);
    box.hidden = false;
  }

  /** Says that ?gemeente= named no municipality the map knows. */
  private notFound(wanted: string) {
    const box = this.querySelector<HTMLElement>('[data-chosen]');
    if (!box) return;
    box.textContent = `Geen gemeente gevonden voor ‘${wanted}’.`;
    box.hidden = false;
  }

  /** Chooses a municipality as ?gemeente= does, and keeps it in the URL where the page asks for that. */
  private choose(code: string) {
    this.highlight(code);
    if (!this.hasAttribute('data-url-state')) return;
    const url = new URL(location.href);
    url.searchParams.set(PARAM.municipality, code);
    history.replaceState(history.state, '', url);
  }

  /** Marks one municipality (instead of any marked before), names it, zooms to it and makes it the map's tab stop. */
  private highlight(code: string) {
    const link = this.links.get(code);
    if (!link) return;
    if (this.chosen) this.links.get(this.chosen)!.classList.remove('highlight');
    this.chosen = code;
    this.keys.makeCurrent(code);
    link.classList.add('highlight');
    this.marker ??= this.viewport.appendChild(document.createElementNS(SVG, 'path'));
    this.marker.setAttribute('class', 'marker');
    this.marker.setAttribute('d', link.firstElementChild!.getAttribute('d')!);
    this.zoom.show((link.firstElementChild as SVGPathElement).getBBox(), true);
    this.showChosen();
  }
}

customElements.define('municipality-map', MunicipalityMap);
