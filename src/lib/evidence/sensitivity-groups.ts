/**
 * The groups of municipalities in which the method counts how many change type when a threshold
 * moves (see `sensitivity` in calibration.ts): today's municipalities with the figures of each
 * year, then the named ones. The pipeline keys its counts by `key`; the method page heads its
 * columns with `label`.
 */
export interface SensitivityGroup {
  key: string;
  label: string;
}

/** The key of the named municipalities, as they were in the WRR's year. */
export const NAMED_GROUP = 'named';

/** The groups, in the order of the method page's columns. */
export function sensitivityGroups(years: readonly number[]): SensitivityGroup[] {
  return [
    ...years.map((year) => ({ key: String(year), label: `Nu (${year})` })),
    { key: NAMED_GROUP, label: 'Genoemd' },
  ];
}
