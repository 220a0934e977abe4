/** Dutch words for numbers and counted nouns, as the site's sentences use them. */

const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** A number up to twelve as a word ("vier"), as Dutch style writes it in running text; larger ones in digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : new Intl.NumberFormat('nl-NL').format(n);
}

/** "vier gemeenten", "één gemeente", "geen gemeenten". */
export function countOf(n: number, singular: string, plural: string): string {
  if (n === 0) return `geen ${plural}`;
  return `${numberWord(n)} ${n === 1 ? singular : plural}`;
}

/** A Dutch enumeration: "2015", "2015 en 2022", "2015, 2017 en 2022". */
export function listOf(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  return texts.length < 2 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} en ${texts.at(-1)}`;
}
