import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Which built pages an accessibility check in Chromium must open to see every kind of element the
 * site has. Most pages are one of a few templates filled with other names and figures (342
 * municipality pages, 72 former-code pages); what axe judges depends on the elements, their
 * classes, roles and ARIA attributes, where they sit, and whether an element that needs a name has
 * one. Two pages with the same such features differ only in words and numbers, which the Nu Html
 * Checker and the static checks of tests/site/ read on every page.
 */

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

/** Elements that need a text or a label to be understood by a screen reader. */
const NAMED = new Set([
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'th',
  'summary',
  'label',
  'caption',
  'option',
]);

/** An element as axe tells it apart: tag, classes, role, ARIA attribute names, hidden, a type's slug. */
function shapeOf(element: Element): string {
  const { attribs } = element;
  const classes = (attribs['class'] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .map((c) => `.${c}`);
  const attributes = Object.keys(attribs)
    .filter((name) => name.startsWith('aria-') || name === 'role' || name === 'hidden' || name === 'tabindex')
    .sort()
    .map((name) => (name === 'role' ? `[role=${attribs['role']}]` : `[${name}]`));
  const type = attribs['data-type'];
  return `${element.name}${classes.join('')}${attributes.join('')}${type ? `[data-type=${type}]` : ''}`;
}

/** Whether an element that needs a name has none: no text, label, title or image text. */
function isNameless(element: Element): boolean {
  if (!NAMED.has(element.name)) return false;
  if (DomUtils.textContent(element).trim()) return false;
  if (['aria-label', 'aria-labelledby', 'title'].some((name) => name in element.attribs)) return false;
  const labelled = (e: Element) =>
    (e.name === 'img' && !!e.attribs['alt']) || (e.name === 'svg' && 'aria-label' in e.attribs) || e.name === 'title';
  return !DomUtils.findOne(labelled, element.children);
}

/**
 * The features of a page (its HTML, read with htmlparser2, which is quick enough for every page):
 * every element as parent > child, and every element that lacks a name.
 */
export function pageFeatures(html: string): Set<string> {
  const features = new Set<string>();
  for (const element of DomUtils.findAll(() => true, parseDocument(html).children)) {
    const parent = element.parent && DomUtils.isTag(element.parent) ? shapeOf(element.parent) : '';
    features.add(`${parent} > ${shapeOf(element)}`);
    if (isNameless(element)) features.add(`nameless ${shapeOf(element)}`);
  }
  return features;
}

/**
 * The pages whose features together cover every page's, chosen greedily: each time the page that
 * adds the most features not yet covered (ties to the first path), and never fewer than one page
 * per route (the first folder of the path), so that every template is opened at least once.
 */
export function coveringPages(features: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const paths = [...features.keys()].sort();
  const covered = new Set<string>();
  const chosen: string[] = [];
  const take = (path: string) => {
    chosen.push(path);
    for (const feature of features.get(path)!) covered.add(feature);
  };
  const gain = (path: string) => [...features.get(path)!].filter((f) => !covered.has(f)).length;
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const path of paths) {
      const g = chosen.includes(path) ? 0 : gain(path);
      if (g > bestGain) [best, bestGain] = [path, g];
    }
    if (!best) break;
    take(best);
  }
  const routeOf = (path: string) => path.split('/')[1] ?? '';
  for (const path of paths) if (!chosen.some((c) => routeOf(c) === routeOf(path))) take(path);
  return chosen.sort();
}
