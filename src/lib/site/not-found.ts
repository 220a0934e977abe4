/**
 * What the 404 page can tell from the address it was asked for. Every code of today and of every
 * statistics year has a page, so a municipality address that reaches the 404 page in the site's own
 * spelling names a code the data does not have.
 */

/** A municipality address as asked: the code in the site's spelling, and whether the path already spelled it so. */
export interface AskedCode {
  /** "GM" and the digits as written: "gm738" → "GM738". */
  code: string;
  /** Whether the path is the site's own address for that code; if not, the page may exist under it. */
  exact: boolean;
}

/** The code a path that looks like /gemeente/GMxxxx/ asks for (any case, any base path); undefined for any other path. */
export function askedCode(pathname: string): AskedCode | undefined {
  const match = /\/gemeente\/(gm\d{1,6})\/?$/i.exec(pathname);
  if (!match) return undefined;
  const code = match[1]!.toUpperCase();
  return { code, exact: match[1] === code && /^GM\d{4}$/.test(code) && pathname.endsWith('/') };
}
