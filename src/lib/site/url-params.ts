/**
 * The names of the URL parameters that keep a view's state, so that a view can be shared: one
 * name per meaning, for the map, the table, the embed and the example catalogue alike.
 */
export const PARAM = {
  year: 'jaar',
  type: 'type',
  /** Two years between which the type by the rules differs: "2015-2022". */
  changed: 'veranderd',
  municipality: 'gemeente',
  province: 'provincie',
  theme: 'thema',
  query: 'q',
  sort: 'sorteer',
  order: 'volgorde',
  /** The table's type choice where a source names a type: "regels" (the default, "genoemd", is left out). */
  typeChoice: 'typebron',
  /** The table's figure columns, by key: "inwoners,diversiteitsindex". */
  columns: 'kolommen',
} as const;

/** The form controls of the change filter: the box that turns it on, its two years, and the count it gives. */
export const CHANGE_CONTROLS = {
  on: PARAM.changed,
  from: `${PARAM.changed}-van`,
  to: `${PARAM.changed}-tot`,
  count: `${PARAM.changed}-aantal`,
} as const;

/** The sort order a URL names with `volgorde=aflopend`. */
export const DESCENDING = 'aflopend';

/**
 * The two years of a "veranderd" parameter ("2015-2022"), or null unless both are known
 * statistics years and differ: comparing a year with itself would show nothing.
 */
export function changeYearsFromParam(value: string | null, years: readonly number[]): [number, number] | null {
  const [from, to] = (value ?? '').split('-').map(Number);
  return from !== to && years.includes(from!) && years.includes(to!) ? [from!, to!] : null;
}

/** The "veranderd" parameter for two years: "2015-2022". */
export function changeYearsToParam([from, to]: readonly [number, number]): string {
  return `${from}-${to}`;
}
