/** The neutral colours every map shares, beside the type colours of wrr-types.ts. */
export const MAP_COLOURS = {
  /** The national outline and coast. */
  outline: '#5b6770',
  /** Land that is not the subject: the rest of the country on a locator map, dimmed types on a card. */
  neighbour: '#ecebe6',
} as const;
