/** Dutch words for numbers and counted nouns, as the site's sentences use them. */

const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** A number up to twelve as a word ("vier"), as Dutch style writes it in running text; larger ones in digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : new Intl.NumberFormat('nl-NL').format(n);
}

/** "vier gemeenten", "één gemeente", "geen gemeenten"; with `digits` "4 gemeenten", "1 gemeente", for lists of figures. */
export function countOf(n: number, singular: string, plural: string, { digits = false } = {}): string {
  if (n === 0 && !digits) return `geen ${plural}`;
  const number = digits ? new Intl.NumberFormat('nl-NL').format(n) : numberWord(n);
  return `${number} ${n === 1 ? singular : plural}`;
}

/** A Dutch enumeration: "2015", "2015 en 2022", "2015, 2017 en 2022"; with `of` "2015 of 2022". */
export function listOf(items: readonly (string | number)[], last: 'en' | 'of' = 'en'): string {
  const texts = items.map(String);
  return texts.length < 2 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} ${last} ${texts.at(-1)}`;
}

// Words from the names of countries and peoples keep their capital in Dutch, also within a sentence.
const PROPER_START = /^(Nederland|Turk|Marokka|Surina|Antillia|Aruba|Duits|Belgisch|Europ|Indonesi)/;

/** The text with its first letter in lower case, to use a label within a sentence ("Nederlandse" keeps its capital). */
export function midSentence(text: string): string {
  return PROPER_START.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with its first letter in upper case, to start a sentence with a word from elsewhere. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
