/** Size budgets (gzipped bytes, but for the cards): the tests fail when a page goes over one (tests/site/budgets.test.ts, cards.test.ts). */
export const BUDGETS = {
  /** Home page with everything it loads, map data included. */
  home: 66 * 1024,
  /** JavaScript of any page. */
  javascript: 20 * 1024,
  /**
   * The heaviest municipality page with everything it loads. 16 kB since the pages show the
   * composition of a year in CBS's herkomstland classification (a table and one sentence, about
   * 0.33 kB gzipped on every page); the heaviest was about 15.3 kB before.
   */
  municipality: 16 * 1024,
  /** The embed page with everything it loads. */
  embed: 60 * 1024,
  /** The table page with everything it loads for its first view (one year's figures). */
  table: 90 * 1024,
  /** The national map geometry file. */
  mapGeometry: 60 * 1024,
  /** A preview card (PNG, already compressed: its size as served). */
  card: 60 * 1024,
} as const;
