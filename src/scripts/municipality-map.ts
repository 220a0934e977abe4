/**
 * <municipality-map>: the national map, drawn in the browser from the shared TopoJSON file and
 * coloured by type for the chosen year. Every municipality is a link (Tab, Enter or Space opens
 * its page); hovering or focusing shows a label; the legend highlights a type; the state is kept
 * in the URL where the page asks for it (data-url-state).
 */
import { geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatNumber } from '../lib/format.ts';
import { typeIn, type MapMunicipality, type MapSummary } from '../lib/map-summary.ts';
import { dutchProjection } from '../lib/projection.ts';
import { search } from '../lib/search.ts';
import { TYPES, type TypeSlug } from '../lib/typology.ts';
import { municipalityUrl } from '../lib/urls.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 700;
// Rows of the keyboard order: top to bottom, and left to right within a row, like reading.
const READING_ROWS = 16;

let instances = 0;

class MunicipalityMap extends HTMLElement {
  private summary!: MapSummary;
  private byCode = new Map<string, MapMunicipality>();
  private links = new Map<string, SVGAElement>();
  private yearIndex = 0;
  private activeType: TypeSlug | null = null;
  private onlyExamples = false;
  private idPrefix = `kaart${++instances}-`;
  private svg!: SVGSVGElement;
  private viewport!: SVGGElement;
  private ring!: SVGUseElement;
  private tooltip!: HTMLElement;
  private status!: HTMLElement;
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;

  async connectedCallback() {
    this.svg = this.querySelector('svg.map')!;
    this.tooltip = this.querySelector('.map-tooltip')!;
    this.status = this.querySelector('.map-status')!;
    const [topology, summary] = await Promise.all([
      fetch(this.dataset['topology']!).then((r) => r.json() as Promise<Topology>),
      fetch(this.dataset['summary']!).then((r) => r.json() as Promise<MapSummary>),
    ]);
    this.summary = summary;
    for (const m of summary.municipalities) this.byCode.set(m.code, m);
    this.readState();
    this.draw(topology);
    this.wireControls();
    this.update();
    const highlight = this.dataset['highlight'];
    if (highlight) this.highlight(highlight);
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    this.setAttribute('data-ready', '');
  }

  /** Year, type and municipality from the element's attributes, overridden by the URL where asked. */
  private readState() {
    const params = this.hasAttribute('data-url-state') ? new URL(location.href).searchParams : new URLSearchParams();
    const year = Number(params.get('jaar') ?? this.dataset['year']);
    this.yearIndex = Math.max(0, this.summary.years.indexOf(year));
    const type = params.get('type') ?? this.dataset['type'] ?? '';
    this.activeType = type in TYPES ? (type as TypeSlug) : null;
    const code = params.get('gemeente');
    if (code) this.dataset['highlight'] = this.resolve(code) ?? '';
  }

  /** A municipality code from a code or a name (current, former or alias), as an embedding page may give either. */
  private resolve(codeOrName: string): string | undefined {
    const upper = codeOrName.toUpperCase();
    if (this.byCode.has(upper)) return upper;
    return search(this.summary.municipalities, codeOrName, 1)[0]?.code;
  }

  private draw(topology: Topology) {
    const object = topology.objects['gemeenten'] as GeometryCollection;
    const shapes = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon>;
    const projection = dutchProjection().fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      shapes,
    );
    const path = geoPath(projection);
    this.svg.replaceChildren();
    this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    const sea = this.svg.appendChild(document.createElementNS(SVG, 'rect'));
    sea.setAttribute('class', 'sea');
    sea.setAttribute('width', String(WIDTH));
    sea.setAttribute('height', String(HEIGHT));
    this.viewport = this.svg.appendChild(document.createElementNS(SVG, 'g'));

    const target = this.dataset['linkTarget'];
    const placed = shapes.features
      .map((f: Feature<Polygon | MultiPolygon>) => ({ f, c: path.centroid(f) }))
      .sort(
        (a, b) =>
          Math.floor((a.c[1] * READING_ROWS) / HEIGHT) - Math.floor((b.c[1] * READING_ROWS) / HEIGHT) ||
          a.c[0] - b.c[0],
      );
    const group = this.viewport.appendChild(document.createElementNS(SVG, 'g'));
    group.setAttribute('class', 'shapes');
    for (const { f } of placed) {
      const code = String(f.id);
      const m = this.byCode.get(code);
      if (!m) continue;
      const link = group.appendChild(document.createElementNS(SVG, 'a'));
      link.setAttribute('href', municipalityUrl(code));
      if (target) {
        link.setAttribute('target', target);
        link.setAttribute('rel', 'noopener');
      }
      link.dataset['code'] = code;
      const shape = link.appendChild(document.createElementNS(SVG, 'path'));
      shape.setAttribute('d', path(f) ?? '');
      shape.id = this.idPrefix + code;
      this.links.set(code, link);
    }
    for (const [className, filter] of [
      ['borders', (a: unknown, b: unknown) => a !== b],
      ['coast', (a: unknown, b: unknown) => a === b],
    ] as const) {
      const line = this.viewport.appendChild(document.createElementNS(SVG, 'path'));
      line.setAttribute('class', className);
      line.setAttribute('d', path(mesh(topology, object, filter)) ?? '');
    }
    this.ring = this.viewport.appendChild(document.createElementNS(SVG, 'use'));
    this.ring.setAttribute('class', 'ring');

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 12])
      .translateExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])
      // One finger scrolls the page until the map is zoomed in; two fingers always zoom.
      .filter((event: Event) => !(event instanceof TouchEvent) || event.touches.length > 1 || this.zoomed())
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.viewport.setAttribute('transform', event.transform.toString());
        this.svg.classList.toggle('zoomed', event.transform.k > 1);
      });
    select(this.svg).call(this.zoomer);
  }

  private zoomed(): boolean {
    return (this.viewport.transform.baseVal.consolidate()?.matrix.a ?? 1) > 1.01;
  }

  private wireControls() {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name^="jaar"]')) {
      input.checked = Number(input.value) === this.summary.years[this.yearIndex];
      input.addEventListener('change', () => {
        this.yearIndex = this.summary.years.indexOf(Number(input.value));
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
    const zoomBy = (k: number) =>
      select(this.svg)
        .transition()
        .duration(250)
        .call((t) => this.zoomer.scaleBy(t, k));
    this.querySelector('[data-zoom="in"]')?.addEventListener('click', () => zoomBy(1.6));
    this.querySelector('[data-zoom="out"]')?.addEventListener('click', () => zoomBy(1 / 1.6));
    this.querySelector('[data-zoom="reset"]')?.addEventListener('click', () =>
      select(this.svg)
        .transition()
        .duration(250)
        .call((t) => this.zoomer.transform(t, zoomIdentity)),
    );

    // Listen on the element itself: Chromium makes SVG groups with key listeners focusable.
    this.addEventListener('pointerover', (event) => this.show(event.target, event));
    this.addEventListener('pointermove', (event) => this.show(event.target, event));
    this.addEventListener('pointerout', () => this.hide());
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

  /** Applies year, type highlight and example filter to shapes, labels, legend and URL. */
  private update() {
    const year = this.summary.years[this.yearIndex]!;
    const counts = new Map<TypeSlug, number>();
    for (const [code, link] of this.links) {
      const m = this.byCode.get(code)!;
      const type = typeIn(m, this.yearIndex);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      link.dataset['type'] = type;
      link.firstElementChild!.setAttribute('fill', TYPES[type].colour);
      const dim = (this.activeType !== null && type !== this.activeType) || (this.onlyExamples && m.examples === 0);
      link.classList.toggle('dim', dim);
      link.setAttribute('aria-label', this.describe(m));
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-type]')) {
      const type = button.dataset['type'] as TypeSlug;
      button.setAttribute('aria-pressed', String(type === this.activeType));
      button.querySelector('.count')!.textContent = formatNumber(counts.get(type) ?? 0);
    }
    const highlighted = this.activeType
      ? `; uitgelicht: ${TYPES[this.activeType].label.toLowerCase()} (${counts.get(this.activeType) ?? 0})`
      : '';
    this.status.textContent = `De kaart toont de typen met de cijfers van ${year}${highlighted}.`;
    this.dispatchEvent(new CustomEvent('map-view-change', { bubbles: true, detail: { year, type: this.activeType } }));
    if (this.hasAttribute('data-url-state')) {
      const url = new URL(location.href);
      url.searchParams.set('jaar', String(year));
      if (this.activeType) url.searchParams.set('type', this.activeType);
      else url.searchParams.delete('type');
      history.replaceState(history.state, '', url);
    }
  }

  /** "Amsterdam: meerderheid-minderhedenstad (genoemd door de WRR), 821.752 inwoners in 2015". */
  private describe(m: MapMunicipality): string {
    const type = TYPES[typeIn(m, this.yearIndex)].singular.toLowerCase();
    const named = m.named[this.yearIndex] ? ' (genoemd door de WRR)' : '';
    const year = this.summary.years[this.yearIndex];
    return `${m.name}: ${type}${named}, ${formatNumber(m.inhabitants[this.yearIndex]!)} inwoners in ${year}`;
  }

  private show(target: EventTarget | null, pointer?: PointerEvent) {
    const link = (target as Element | null)?.closest<SVGAElement>('svg a');
    if (!link) return;
    const m = this.byCode.get(link.dataset['code']!)!;
    const frame = this.tooltip.parentElement!.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    const x = pointer ? pointer.clientX : box.left + box.width / 2;
    const y = pointer ? pointer.clientY : box.top;
    const type = typeIn(m, this.yearIndex);
    this.tooltip.replaceChildren();
    const name = this.tooltip.appendChild(document.createElement('strong'));
    name.textContent = m.name;
    const line = this.tooltip.appendChild(document.createElement('span'));
    line.textContent = `${TYPES[type].singular}${m.named[this.yearIndex] ? ' (WRR)' : ''}`;
    const people = this.tooltip.appendChild(document.createElement('span'));
    people.textContent = `${formatNumber(m.inhabitants[this.yearIndex]!)} inwoners (${this.summary.years[this.yearIndex]})`;
    this.tooltip.hidden = false;
    // Keep the label inside the map: flip it to the left half when near the right edge.
    const left = Math.min(Math.max(x - frame.left, 0), frame.width);
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${Math.max(y - frame.top, 0)}px`;
    this.tooltip.classList.toggle('flip', left > frame.width / 2);
    if (!pointer) this.ring.setAttribute('href', `#${this.idPrefix}${m.code}`);
  }

  private hide() {
    this.tooltip.hidden = true;
    this.ring.removeAttribute('href');
  }

  /** When zoomed in, pans to a municipality that receives keyboard focus out of sight. */
  private bringIntoView(target: EventTarget | null) {
    const link = (target as Element | null)?.closest<SVGAElement>('svg a');
    if (!link || !this.zoomed()) return;
    const box = link.getBoundingClientRect();
    const frame = this.svg.getBoundingClientRect();
    const inside =
      box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
    if (!inside) this.zoomTo(link.firstElementChild as SVGPathElement, false);
  }

  /** Marks one municipality and zooms to it. */
  private highlight(code: string) {
    const link = this.links.get(code);
    if (!link) return;
    link.classList.add('highlight');
    const marker = this.viewport.appendChild(document.createElementNS(SVG, 'use'));
    marker.setAttribute('class', 'marker');
    marker.setAttribute('href', `#${this.idPrefix}${code}`);
    this.zoomTo(link.firstElementChild as SVGPathElement, true);
  }

  private zoomTo(shape: SVGPathElement, fit: boolean) {
    const box = shape.getBBox();
    const current = this.viewport.transform.baseVal.consolidate()?.matrix.a ?? 1;
    const k = fit ? Math.min(8, 0.4 / Math.max(box.width / WIDTH, box.height / HEIGHT)) : current;
    const transform = zoomIdentity
      .translate(WIDTH / 2, HEIGHT / 2)
      .scale(Math.max(1, k))
      .translate(-(box.x + box.width / 2), -(box.y + box.height / 2));
    select(this.svg).call((s) => this.zoomer.transform(s, transform));
  }
}

customElements.define('municipality-map', MunicipalityMap);
