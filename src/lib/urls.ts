/** Site-relative URLs, shared by pages and browser scripts. */

/** A municipality page: the CBS code is the URL, as it is everywhere else. */
export const municipalityUrl = (code: string) => `/gemeente/${code}/`;

/** A type page. */
export const typeUrl = (slug: string) => `/type/${slug}/`;

/** A practice example page. */
export const exampleUrl = (slug: string) => `/voorbeelden/${slug}/`;
