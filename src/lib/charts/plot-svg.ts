/**
 * Turns a Plot figure into a static SVG string: Plot's own <style> block is dropped (the site
 * stylesheet sizes charts) so pages carry no inline styles, and the chart becomes one labelled image.
 */
export function plotToSvg(figure: Element, label: string): string {
  for (const style of figure.querySelectorAll('style')) style.remove();
  // The chart is one image with one label; Plot's labels on inner groups are not allowed there.
  for (const labelled of figure.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', label);
  figure.removeAttribute('class');
  return figure.outerHTML;
}
