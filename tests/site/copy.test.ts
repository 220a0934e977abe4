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

describe('the text of every page', () => {
  it.each(builtPages())('%s has no word glued to a figure', (path) => {
    const { document } = parseHTML(builtHtml(path));
    const glued = [...readableText(document.body).matchAll(GLUED)]
      .map((m) => m[0])
      .filter((word) => ![...NAMES].some((name) => word.includes(name)) && !COMMIT.test(word));
    expect(glued).toEqual([]);
  });
});
