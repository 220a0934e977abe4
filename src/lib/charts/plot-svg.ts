/**
 * Turns a Plot figure into a static SVG string: Plot's own <style> block is dropped (the site
 * stylesheet sizes charts) so pages carry no inline styles, and the chart gets a text label.
 */
export function plotToSvg(figure: Element, label: string): string {
  for (const style of figure.querySelectorAll('style')) style.remove();
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', label);
  figure.removeAttribute('class');
  return figure.outerHTML;
}
