import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site. */
export const DIST = 'dist';

/** Site paths of every built HTML page ("/", "/gemeente/GM0363/", "/404.html"). */
export function builtPages(dist = DIST): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(dist, join(dist, file)).replaceAll('\\', '/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a built page. */
export function builtHtml(path: string, dist = DIST): string {
  return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

const INLINE = new Set(
  'a abbr b bdi cite code data dfn em i kbd label mark q s small span strong sub sup time u var'.split(' '),
);

/**
 * The text of an element as a reader sees it: inline elements run on, block elements and table
 * cells are kept apart, scripts, styles and drawings are left out.
 */
export function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const name = node.nodeName.toLowerCase();
  if (['script', 'style', 'template', 'svg'].includes(name)) return ' ';
  const inner = [...node.childNodes].map(readableText).join('');
  return INLINE.has(name) ? inner : ` ${inner} `;
}
