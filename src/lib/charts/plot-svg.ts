/**
 * Turns a Plot figure into a static SVG string: Plot's own <style> block is dropped (the site
 * stylesheet sizes charts) so pages carry no inline styles. The SVG is hidden from assistive
 * technology: the page wraps it in an element with a text label (escaped by the page), and
 * shows the numbers in a table.
 */
export function plotToSvg(figure: Element): string {
  for (const style of figure.querySelectorAll('style')) style.remove();
  for (const labelled of figure.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
  figure.setAttribute('aria-hidden', 'true');
  figure.removeAttribute('class');
  return figure.outerHTML;
}
