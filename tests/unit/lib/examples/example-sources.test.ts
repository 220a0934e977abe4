import { describe, expect, it } from 'vitest';
import type { Example } from '../../../../src/lib/examples/example-schema.ts';
import { exampleSources, sourceHref } from '../../../../src/lib/examples/example-sources.ts';

const portfolio: Example['source'] = { document: 'vng-portfolio-2020', section: 'Voorsteden: Delft' };
const other: Example['source'] = {
  title: 'Nota van een gemeente',
  url: 'https://example.org/nota.pdf',
  section: 'p. 4',
};
const example = (source: Example['source']) => ({ source }) as Example;

describe('where an example’s source is', () => {
  it.each<[string, Example['source'], string]>([
    ['a known document: its entry in the catalogue’s list', portfolio, '/voorbeelden/#bron-vng-portfolio-2020'],
    ['another document: its own address', other, 'https://example.org/nota.pdf'],
  ])('%s', (_, source, href) => {
    expect(sourceHref(source)).toBe(href);
  });

  it('lists each document once with how many examples it gave, most first', () => {
    const list = exampleSources([example(other), example(portfolio), example(portfolio)]);
    expect(list.map((s) => [s.document, s.count, s.href])).toEqual([
      ['vng-portfolio-2020', 2, '/voorbeelden/#bron-vng-portfolio-2020'],
      [null, 1, 'https://example.org/nota.pdf'],
    ]);
  });
});
