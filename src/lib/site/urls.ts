/**
 * Site URLs, shared by pages and browser scripts. The site may live under a base path
 * (BASE_PATH=/verscheidenheid/ at build time); every internal URL goes through `sitePath`.
 */

// Set by the build (astro.config.mjs); absent in tests and scripts, where the site lives at "/".
declare const __BASE_PATH__: string | undefined;

/** The base path the site is built for: "/" or, for example, "/verscheidenheid/". */
export const BASE_PATH: string = typeof __BASE_PATH__ === 'string' ? __BASE_PATH__ : '/';

/** A path on this site, under its base path: sitePath('/tabel/') → "/verscheidenheid/tabel/". */
export const sitePath = (path: string) => `${BASE_PATH.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;

/** A municipality page: the CBS code is the URL, as it is everywhere else. */
export const municipalityUrl = (code: string) => sitePath(`/gemeente/${code}/`);

/** The municipality code in a municipality page's URL (under any base path), or undefined. */
export const codeInUrl = (url: string) => /\/gemeente\/(GM\d{4})\/?$/.exec(url)?.[1];

/** A per-year data file for another year: yearFile('/data/tabel/2022.json', 2017) → "/data/tabel/2017.json". */
export const yearFile = (url: string, year: number) => url.replace(/\d{4}\.json$/, `${year}.json`);

/** A type page. */
export const typeUrl = (slug: string) => sitePath(`/type/${slug}/`);

/** A practice example page. */
export const exampleUrl = (slug: string) => sitePath(`/voorbeelden/${slug}/`);

/**
 * The form for offering a practice example: a new issue with the praktijkvoorbeeld template in the
 * project's repository, with the municipality filled in where it is known.
 */
export function contributeUrl(repository: string, municipality?: string): string {
  const base = repository
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
  const query = new URLSearchParams({ template: 'praktijkvoorbeeld.yml' });
  if (municipality) query.set('gemeente', municipality);
  return `${base}/issues/new?${query.toString()}`;
}

/** A page's address without its scheme, for print: "verscheidenheidinkaart.nl/voorbeelden/…/". */
export const shortAddress = (path: string, site: URL | string) => {
  const url = new URL(path, site);
  return `${url.host}${url.pathname}`;
};
