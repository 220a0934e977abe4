import { compareNames, normalizeName } from './names.ts';

/** A letter of an A–Z list with the items filed under it. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Files named items under their first letter, A to Z, as a Dutch reference work does: "'s-Gravenhage"
 * under G, "Súdwest-Fryslân" under S; a name that starts with a digit under "0–9".
 */
export function byLetter<T extends { name: string }>(items: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => compareNames(a.name, b.name))) {
    const first = normalizeName(item.name).charAt(0);
    const letter = /[a-z]/.test(first) ? first.toUpperCase() : '0–9';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
