import { formatRoundShare } from '../words/format.ts';
import { countedSplits, partIn, receivedParts, type Split } from './history.ts';
import { listOf } from '../words/words.ts';

/** A piece of a sentence: text, or a municipality to link to. */
export type NotePart = string | { code: string; name: string };

/** What a municipality's page needs to say how it came about. */
export interface HistoryContext {
  years: readonly number[];
  /** The years in which it was made up of others (see yearsWithMergers). */
  merged: readonly number[];
  splits: readonly Split[];
  /** Today's names by code. */
  names: ReadonlyMap<string, string>;
}

/**
 * The notes under a municipality's table of the municipalities it was formed from: that it is
 * unchanged, or which split municipalities count wholly here or elsewhere although their area
 * is divided. Each note is one paragraph.
 */
export function historyNotes(m: { code: string; name: string }, context: HistoryContext): NotePart[][] {
  const { years, merged, splits, names } = context;
  const received = receivedParts(m.code, splits);
  const unchanged: NotePart[][] =
    merged.length === 0 && received.length === 0
      ? [[`${m.name} bestond in ${listOf(years)} al in deze vorm; er zijn geen gemeenten in opgegaan.`]]
      : [];
  const counted = countedSplits(m.code, splits).map((s): NotePart[] => {
    const elsewhere = s.parts
      .filter((p) => p.code !== m.code)
      .map((p) => `${names.get(p.code)!} (ongeveer ${formatRoundShare(p.share)})`);
    return [
      `${s.name} hoort niet helemaal bij ${m.name}: hier ligt ongeveer ${formatRoundShare(partIn(s, m.code))} van de ` +
        `oppervlakte, de rest ligt nu in ${listOf(elsewhere)}. De cijfers van ${s.name} in ${listOf(s.years)} tellen ` +
        `toch helemaal mee bij ${m.name}, omdat het grootste stuk hierheen ging.`,
    ];
  });
  const elsewhere = received.map((s): NotePart[] => [
    `Een deel van ${s.name} (ongeveer ${formatRoundShare(partIn(s, m.code))} van de oppervlakte) hoort nu bij ` +
      `${m.name}. De cijfers van ${s.name} in ${listOf(s.years)} tellen in hun geheel mee bij `,
    { code: s.successor, name: names.get(s.successor)! },
    `, waar het grootste stuk (ongeveer ${formatRoundShare(partIn(s, s.successor))}) heen ging.`,
  ]);
  return [...unchanged, ...counted, ...elsewhere];
}

/**
 * Where a line over the years moves because of boundaries rather than people: the years in which
 * a split municipality counts wholly here, or counts elsewhere though part of it lies here now.
 * Null where no split touches the municipality.
 */
export function boundaryChangeNote(m: { code: string; name: string }, splits: readonly Split[]): string | null {
  const counted = countedSplits(m.code, splits).map(
    (s) => `in ${listOf(s.years)} tellen de cijfers van heel ${s.name} mee, ook van het deel dat nu elders ligt`,
  );
  const received = receivedParts(m.code, splits).map(
    (s) => `in ${listOf(s.years)} telt het deel van ${s.name} dat nu bij ${m.name} hoort nog niet mee`,
  );
  const causes = [...counted, ...received];
  if (causes.length === 0) return null;
  return `Niet elke verandering komt van de inwoners: ${causes.join('; ')}. Een sprong na die jaren kan dus van de grenzen komen.`;
}
