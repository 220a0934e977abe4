/**
 * Keyboard on the national map: the map is one tab stop (a roving tabindex over its links), the
 * arrow keys move to the bordering municipality in that direction (the list of borders loads on
 * the first arrow key), Home and End to the first and
 * last in the alphabet, a letter to the next name with that letter. Enter opens the focused link, as
 * any link does. Only the script takes links out of the tab order, so without it every link stays
 * reachable with Tab.
 */
import {
  alphabetical,
  directionOfKey,
  neighbourInDirection,
  nextByLetter,
  type Direction,
  type Point,
} from '../lib/map/map-neighbours.ts';
import { centreOf } from '../lib/map/view-box.ts';

/** The roving tabindex and arrow keys of one map's links (code → link, in drawing order). */
export class MapKeys {
  private readonly links: ReadonlyMap<string, SVGAElement>;
  private readonly codes: ReadonlyMap<Element, string>;
  private readonly names: () => { code: string; name: string }[];
  private readonly bordersUrl: string;
  private borders: Promise<Record<string, string[]>> | undefined;
  private centres: Map<string, Point> | undefined;
  /** The municipalities in alphabetical order, sorted once their names have loaded. */
  private sorted: { code: string; name: string }[] = [];
  private current: string | undefined;

  /** `host` receives the key events (not the SVG: Chromium makes SVG elements with key listeners focusable). */
  constructor(
    host: HTMLElement,
    links: ReadonlyMap<string, SVGAElement>,
    codes: ReadonlyMap<Element, string>,
    names: () => { code: string; name: string }[],
    bordersUrl: string,
  ) {
    this.bordersUrl = bordersUrl;
    this.links = links;
    this.codes = codes;
    this.names = names;
    for (const link of links.values()) link.setAttribute('tabindex', '-1');
    this.makeCurrent(links.keys().next().value);
    host.addEventListener('focusin', (event) => {
      const code = this.codeOf(event.target);
      if (code) this.makeCurrent(code);
    });
    host.addEventListener('keydown', (event) => {
      if (this.codeOf(event.target)) this.onKey(event);
    });
  }

  /** Makes a municipality the map's tab stop (the one Tab lands on), e.g. the one ?gemeente= asks for. */
  makeCurrent(code: string | undefined): void {
    if (!code || code === this.current || !this.links.has(code)) return;
    if (this.current) this.links.get(this.current)!.setAttribute('tabindex', '-1');
    this.links.get(code)!.setAttribute('tabindex', '0');
    this.current = code;
  }

  private codeOf(target: EventTarget | null): string | undefined {
    const link = (target as Element | null)?.closest?.('svg a');
    return link ? this.codes.get(link) : undefined;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.current) return;
    const direction = directionOfKey(event.key);
    const jump = direction ? undefined : this.jumpFor(event.key);
    if (!direction && jump === null) return;
    // The key belongs to the map, also at its edge: the page should not scroll instead.
    event.preventDefault();
    if (direction) void this.move(this.current, direction);
    else if (jump) this.moveTo(jump);
  }

  /** Where Home, End or a letter jumps to (undefined: nowhere); null for any other key. */
  private jumpFor(key: string): string | undefined | null {
    if (this.sorted.length === 0) this.sorted = alphabetical(this.names());
    if (key === 'Home' || key === 'End') return (key === 'Home' ? this.sorted[0] : this.sorted.at(-1))?.code;
    return /^\p{L}$/u.test(key) ? nextByLetter(this.sorted, this.current, key) : null;
  }

  private moveTo(code: string): void {
    this.makeCurrent(code);
    this.links.get(code)!.focus();
  }

  /** Moves in a direction, among the bordering municipalities where their list has loaded. */
  private async move(from: string, direction: Direction): Promise<void> {
    // Without the list (it failed to load) the arrows still move, to the nearest centre that way.
    this.borders ??= fetch(this.bordersUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, string[]>>) : {}))
      .catch(() => ({}));
    const bordering = (await this.borders)[from] ?? [];
    // Another key may have moved focus while the list loaded: move from where it was pressed only.
    if (this.current !== from) return;
    const next = neighbourInDirection(this.centresOf(), from, direction, bordering);
    if (next) this.moveTo(next);
  }

  /** Each shape's centre in drawing units, measured once on first use (the zoom does not change them). */
  private centresOf(): Map<string, Point> {
    if (!this.centres) {
      this.centres = new Map();
      for (const [code, link] of this.links) {
        this.centres.set(code, centreOf((link.firstElementChild as SVGPathElement).getBBox()));
      }
    }
    return this.centres;
  }
}
