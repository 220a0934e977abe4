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
