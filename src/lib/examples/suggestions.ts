import type { Municipality, Typing } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { alternativesOf, isOpenByRules } from '../typology/open-type.ts';
import { PEER_COUNT, similarMunicipalities } from './peers.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from '../typology/wrr-types.ts';
import { listOf } from '../words/words.ts';

/** Peers and practice examples suggested for one stated type, with the years it stands for. */
export interface SuggestionGroup<E> {
  type: TypeSlug;
  /**
   * The years, of those shown in the answer, in which the municipality is shown with this type (oldest
   * first); for a type it only could be, the years in which it could be.
   */
  years: number[];
  /** Whether the municipality only could be of this type (a twijfelgeval's other types): the group then says "Als … is". */
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

/** The types a year's typing stands for: the shown type first, and where that is an open type by the rules, every other it could be. */
function candidateTypes(typing: Typing): TypeSlug[] {
  const others = isOpenByRules(typing) ? alternativesOf(typing.openTo) : [];
  return [typing.type, ...TYPE_SLUGS.filter((t) => t !== typing.type && others.includes(t))];
}

/**
 * What a municipality page suggests: a group per type of the newest year and, where the reference
 * year's differ, per type of that year, so that peers and examples never mix two types. Where a
 * year's type is open (a twijfelgeval), every other type it could be gets its own group, said as
 * "if", unless the municipality is shown with that type in another year.
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
    for (const type of candidateTypes(typing)) {
      const shown = type === typing.type;
      const filed = examples.filter((e) => e.type === type && !e.municipalities.includes(m.code));
      const group: SuggestionGroup<E> = {
        type,
        years: [year],
        candidate: !shown,
        shown,
        peerYear: year,
        // A type the municipality only could be gets fewer peers, and a link to its examples instead
        // of a list, so that a twijfelgeval's page stays light.
        peers: similarMunicipalities(m, all, year, shown ? PEER_COUNT : CANDIDATE_PEERS, type),
        examples: shown ? filed : [],
        more: shown ? 0 : filed.length,
      };
      // A type suggested for the newest year is not suggested again. Its heading names the years of
      // one kind only: those it is shown with, or else those it could be.
      const i = groups.findIndex((g) => g.type === type);
      const same = groups[i];
      if (!same) groups.push(group);
      else if (same.shown === shown) same.years.unshift(year);
      else if (shown) groups[i] = group;
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
