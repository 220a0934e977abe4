import type { Municipality, Typing } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { alternativesOf, isOpen } from '../typology/open-type.ts';
import { PEER_COUNT, similarMunicipalities } from './peers.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from '../typology/wrr-types.ts';
import { listOf } from '../words/words.ts';

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
  /** Examples filed under this type, not about the municipality itself (none for a type it only could be). */
  examples: E[];
  /** How many more there are than `examples` shows (linked to, on the type's page). */
  more: number;
}

/** How many peers a group shows for a type that is not the shown one but one the municipality could be. */
export const CANDIDATE_PEERS = 2;

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
      const filed = examples.filter((e) => e.type === type && !e.municipalities.includes(m.code));
      const shown = type === typing.type;
      // A type the municipality only could be links to its examples, so that a twijfelgeval's page stays light.
      const listed = { examples: shown ? filed : [], more: shown ? 0 : filed.length };
      // A type already suggested for the newest year is not suggested again; "if" only where it is so in every year.
      const same = groups.find((g) => g.type === type);
      if (same) {
        same.years.unshift(year);
        same.candidate &&= types.length > 1;
        if (shown && !same.shown) Object.assign(same, { shown, ...listed });
        continue;
      }
      groups.push({
        type,
        years: [year],
        candidate: types.length > 1,
        shown,
        peerYear: year,
        // A type the municipality only could be gets fewer peers than the one it is shown with.
        peers: similarMunicipalities(m, all, year, shown ? PEER_COUNT : CANDIDATE_PEERS, type),
        ...listed,
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
