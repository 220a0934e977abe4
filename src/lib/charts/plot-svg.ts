import { roundTo } from '../figures/round.ts';

/** Attributes that hold coordinates: a tenth of a unit is finer than any screen or printer shows a chart. */
const GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'points'];

/** Every decimal number in a coordinate attribute, to one decimal: 30.518518518518523 → 30.5. */
function roundGeometry(figure: Element): void {
  for (const element of [figure, ...figure.querySelectorAll('*')])
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value?.includes('.'))
        element.setAttribute(
          name,
          value.replace(/-?\d*\.\d+/g, (n) => String(roundTo(Number(n), 1))),
        );
    }
}

/**
 * Turns a Plot figure into a static SVG string: Plot's own <style> block is dropped (the site
 * stylesheet sizes charts) so pages carry no inline styles; coordinates keep one decimal. The SVG is hidden from assistive
 * technology: the page wraps it in an element with a text label (escaped by the page), and
 * shows the numbers in a table.
 */
export function plotToSvg(figure: Element): string {
  for (const style of figure.querySelectorAll('style')) style.remove();
  for (const labelled of figure.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
  figure.setAttribute('aria-hidden', 'true');
  figure.removeAttribute('class');
  roundGeometry(figure);
  return figure.outerHTML;
}
