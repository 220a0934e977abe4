import type { Municipality } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { similarMunicipalities } from './peers.ts';
import type { TypeSlug } from './wrr-types.ts';

/** Peers and practice examples suggested for one stated type, with the years in which the municipality had it. */
export interface SuggestionGroup<E> {
  type: TypeSlug;
  /** The years, of those shown in the answer, in which the municipality had this type (oldest first). */
  years: number[];
  /** The year whose types and figures chose the peers. */
  peerYear: number;
  peers: Municipality[];
  /** Examples filed under this type, not about the municipality itself. */
  examples: E[];
}

/**
 * What a municipality page suggests: one group for the newest year's type and, where the reference
 * year's type differs, a second one for that type, so that peers and examples never mix two types.
 */
export function suggestionGroups<E extends { type: TypeSlug; municipalities: string[] }>(
  m: Municipality,
  all: readonly Municipality[],
  examples: readonly E[],
  years: { reference: number; latest: number },
): SuggestionGroup<E>[] {
  const latestType = inYear(m, years.latest).typing.type;
  const referenceType = inYear(m, years.reference).typing.type;
  const group = (type: TypeSlug, peerYear: number, groupYears: number[]): SuggestionGroup<E> => ({
    type,
    years: groupYears,
    peerYear,
    peers: similarMunicipalities(m, all, peerYear),
    examples: examples.filter((e) => e.type === type && !e.municipalities.includes(m.code)),
  });
  if (latestType === referenceType) return [group(latestType, years.latest, [years.reference, years.latest])];
  return [group(latestType, years.latest, [years.latest]), group(referenceType, years.reference, [years.reference])];
}
