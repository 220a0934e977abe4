/** Where the site is published unless SITE_URL says otherwise at build time (see astro.config.mjs). */
export const DEFAULT_SITE_URL = 'https://verscheidenheidinkaart.nl';

/** Where practice examples can be offered by e-mail, beside the GitHub form; the one place to change it. */
export const contactEmail = 'voorbeelden@verscheidenheidinkaart.nl';

/** The site's name, which is also who publishes it (CITATION.cff names it as the author). */
export const SITE_NAME = 'Verscheidenheid in kaart';
