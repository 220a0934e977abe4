import { sitePath } from './urls.ts';

/** An item of the main menu: its page, and the pages below it that belong to it. */
export interface NavItem {
  href: string;
  label: string;
  /** Paths of pages that belong to this item without lying under its own path (/type/<slug>/ under /typen/). */
  section: string[];
}

/** The main menu, in order. */
export const NAV: NavItem[] = [
  { href: sitePath('/'), label: 'Kaart', section: [] },
  { href: sitePath('/typen/'), label: 'Typen', section: [sitePath('/type/')] },
  { href: sitePath('/voorbeelden/'), label: 'Praktijkvoorbeelden', section: [] },
  { href: sitePath('/tabel/'), label: 'Tabel', section: [] },
  { href: sitePath('/methode/'), label: 'Methode', section: [] },
];

/**
 * How a menu item relates to the page at `pathname`: 'page' on its own page, 'true' on a page of
 * its section (so a type page marks "Typen"), undefined elsewhere. The home page has no section.
 */
export function navCurrent(item: NavItem, pathname: string): 'page' | 'true' | undefined {
  if (pathname === item.href) return 'page';
  if (item.href === sitePath('/')) return undefined;
  return [item.href, ...item.section].some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}
