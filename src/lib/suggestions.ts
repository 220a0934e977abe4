import type { Municipality, Typing } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { alternativesOf, isOpen } from './open-type.ts';
import { similarMunicipalities } from './peers.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from './wrr-types.ts';
import { listOf } from './words.ts';

/** Peers and practice examples suggested for one stated type, with the years in which the municipality had it. */
export interface SuggestionGroup<E> {
  type: TypeSlug;
  /** The years, of those shown in the answer, in which the municipality had this type (oldest first). */
  years: number[];
  /** Whether the type is one of several it could be (a twijfelgeval): the group then says "Als … is". */
  candidate: boolean;
  /** Whether it is the type shown for one of its years (a printed profile keeps only those). */
  shown: boolean;
  /** The year whose types and figures chose the peers. */
  peerYear: number;
  peers: Municipality[];
  /** Examples filed under this type, not about the municipality itself (for a possible type, the first few). */
  examples: E[];
  /** How many more there are than `examples` shows. */
  more: number;
}

/** How many examples a group for one of several possible types shows, so that a twijfelgeval's page stays light. */
export const CANDIDATE_EXAMPLES = 1;

/** The types a year's typing stands for: the shown type, and where that is an open type by the rules, every other it could be. */
function candidateTypes(typing: Typing): TypeSlug[] {
  const open = typing.basis === 'afgeleid' && isOpen(typing.openTo);
  return open
    ? TYPE_SLUGS.filter((t) => t === typing.type || alternativesOf(typing.openTo).includes(t))
    : [typing.type];
}

/**
 * What a municipality page suggests: a group per type of the newest year and, where the reference
 * year's differ, per type of that year, so that peers and examples never mix two types. Where a
 * year's type is open (a twijfelgeval), every type it could be gets its own group, said as "if"
 * unless the municipality has that type for certain in another year shown.
 */
export function suggestionGroups<E extends { type: TypeSlug; municipalities: string[] }>(
  m: Municipality,
  all: readonly Municipality[],
  examples: readonly E[],
  years: { reference: number; latest: number },
): SuggestionGroup<E>[] {
  const groups: SuggestionGroup<E>[] = [];
  for (const year of [years.latest, years.reference]) {
    const { typing } = inYear(m, year);
    const types = candidateTypes(typing);
    for (const type of types) {
      // A type already suggested for the newest year is not suggested again; "if" only where it is so in every year.
      const same = groups.find((g) => g.type === type);
      if (same) {
        same.years.unshift(year);
        same.candidate &&= types.length > 1;
        same.shown ||= type === typing.type;
        continue;
      }
      const filed = examples.filter((e) => e.type === type && !e.municipalities.includes(m.code));
      const shown = types.length > 1 ? filed.slice(0, CANDIDATE_EXAMPLES) : filed;
      groups.push({
        type,
        years: [year],
        candidate: types.length > 1,
        shown: type === typing.type,
        peerYear: year,
        peers: similarMunicipalities(m, all, year, undefined, type),
        examples: shown,
        more: filed.length - shown.length,
      });
    }
  }
  return groups;
}

/** A group's heading: "Gemiddelde gemeente (2015 en 2022)", or for one of several possible types "Als Tiel een gemiddelde gemeente is (2022)". */
export function groupHeading(
  group: Pick<SuggestionGroup<unknown>, 'type' | 'years' | 'candidate'>,
  name: string,
): string {
  const type = TYPES[group.type].singular;
  const when = `(${listOf(group.years)})`;
  return group.candidate ? `Als ${name} een ${type.toLowerCase()} is ${when}` : `${type} ${when}`;
}
