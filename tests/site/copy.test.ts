import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, readableText } from '../helpers/dist.ts';

/**
 * Copy as a reader meets it. A line break between text and an expression in an Astro template
 * can swallow the space ("van393 in 2015"); this reads the text of every built page for a word
 * run into a figure, or a figure into a word.
 */
const GLUED = /\S*(?:\p{Ll}{2,}\d|\d\p{Ll}{2,})\S*/gu;
/** Names that are written this way: Rotterdam's programmes after its area code 010. */
const NAMES = new Set(['Inburgering010', '010inclusief']);
/** A commit of the source code, as the method page's citation gives it: hexadecimal, not a word. */
const COMMIT = /^[0-9a-f]{7,40}[;.,)]?$/;

/** A straight quote or apostrophe with what is around it, where Dutch typography writes ‘…’ and ’ ("zo’n", "Thema’s"). */
const STRAIGHT = /.{0,20}['"].{0,20}/g;
/** Place names that begin with an apostrophe, as CBS and GeoNames write them: 's-Hertogenbosch, 's Gravenmoer, 't Hofke. */
const NAME_START = /(?<!\p{L})'[st](?=[ -])/gu;
const texts = new Map<string, string>();
/** A page's readable prose, read once for every test of this file: code to copy (the embed snippet) left out. */
const textOf = (path: string) => {
  if (!texts.has(path)) {
    const { document } = parseHTML(builtHtml(path));
    for (const code of document.querySelectorAll('textarea, code, pre')) code.remove();
    texts.set(path, readableText(document.body));
  }
  return texts.get(path)!;
};

/** A word from the name of a country or people in lower case, which Dutch writes with a capital ("nederlandse achtergrond"). */
const PROPER_LOWER =
  /(?<![\p{L}/_-])(?:nederlandse|turkse|marokkaanse|surinaamse|antilliaanse|arubaanse|turks|marokkaans|surinaams|antilliaans)(?![\p{L}_])/gu;
/** Two sentences with no space between them ("buurten).De cijfers"). */
const GLUED_SENTENCE = /\S*[\p{Ll})]\.\p{Lu}\p{Ll}+/gu;

describe('the text of every page', () => {
  it.each(builtPages())('%s uses curly quotes and apostrophes, except in place names', (path) => {
    const straight = [...textOf(path).replace(NAME_START, '').matchAll(STRAIGHT)];
    expect(straight.map((m) => m[0])).toEqual([]);
  });

  it.each(builtPages())('%s has no word glued to a figure', (path) => {
    const glued = [...textOf(path).matchAll(GLUED)]
      .map((m) => m[0])
      .filter((word) => ![...NAMES].some((name) => word.includes(name)) && !COMMIT.test(word));
    expect(glued).toEqual([]);
  });

  it.each(builtPages())('%s writes the words of countries and peoples with a capital', (path) => {
    expect([...textOf(path).matchAll(PROPER_LOWER)].map((m) => m[0])).toEqual([]);
  });

  it.each(builtPages())('%s leaves a space after every full stop between sentences', (path) => {
    expect([...textOf(path).matchAll(GLUED_SENTENCE)].map((m) => m[0])).toEqual([]);
  });
});
