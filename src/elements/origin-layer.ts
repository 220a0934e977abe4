/**
 * The map in a year of CBS's herkomstland classification: each municipality coloured by its
 * share from outside Europe (src/lib/map/origin-map.ts) instead of a type, its own legend with a
 * count per class, and the type legend out of sight, so the colours cannot be read as types.
 */
import { formatNumber } from '../lib/words/format.ts';
import type { MapMunicipality } from '../lib/map/map-summary.ts';
import { ORIGIN_CLASSES, originClass, originLine, outsideEuropeIn } from '../lib/map/origin-map.ts';

/** Colours the map for the herkomstland year at `index`, fills the legend's counts and returns the status text. */
export function paintOrigin(
  host: HTMLElement,
  links: ReadonlyMap<string, SVGAElement>,
  municipalities: ReadonlyMap<string, MapMunicipality>,
  index: number,
  year: number,
): string {
  const counts = new Map(ORIGIN_CLASSES.map((c) => [c, 0]));
  for (const [code, link] of links) {
    const m = municipalities.get(code)!;
    const cls = originClass(outsideEuropeIn(m, index));
    counts.set(cls, counts.get(cls)! + 1);
    delete link.dataset['type'];
    link.firstElementChild!.setAttribute('fill', cls.colour);
    link.classList.remove('dim');
    link.setAttribute('aria-label', `${m.name}: ${originLine(m, index, year)}`);
  }
  const items = host.querySelectorAll<HTMLElement>('[data-origin-legend] li');
  ORIGIN_CLASSES.forEach((cls, i) => {
    items[i]!.querySelector('.count')!.textContent = formatNumber(counts.get(cls)!);
  });
  showLegend(host, year);
  return `De kaart toont per gemeente het aandeel inwoners met een herkomstland buiten Europa in ${year}; dat is geen type van de WRR.`;
}

/** Shows the type legend, or for a herkomstland year its own legend, and titles the legend after it. */
export function showLegend(host: HTMLElement, originYear: number | null): void {
  const origin = originYear !== null;
  for (const part of host.querySelectorAll<HTMLElement>('[data-type-legend]')) part.hidden = origin;
  const legend = host.querySelector<HTMLElement>('[data-origin-legend]');
  if (legend) legend.hidden = !origin;
  const title = host.querySelector<HTMLElement>('.legend-title');
  if (title) title.textContent = origin ? `Herkomst buiten Europa, ${originYear}` : title.dataset['typeTitle']!;
}
