/** Where the site is published unless SITE_URL says otherwise at build time (see astro.config.mjs). */
export const DEFAULT_SITE_URL = 'https://verscheidenheidinkaart.nl';
