import { describe, expect, it } from 'vitest';
import { coveringPages, pageFeatures } from '../../helpers/page-shapes.ts';

const features = (body: string) => pageFeatures(`<html><body>${body}</body></html>`);

describe('the features of a page', () => {
  it.each([
    ['another text', '<p class="a">één</p>', '<p class="a">twee</p>', true],
    ['another number of the same element', '<ul><li>a</li></ul>', '<ul><li>a</li><li>b</li></ul>', true],
    ['another class', '<p class="a">x</p>', '<p class="b">x</p>', false],
    ['another parent', '<ul><li>a</li></ul>', '<ol><li>a</li></ol>', false],
    ['another role', '<div role="list">x</div>', '<div role="group">x</div>', false],
    ['an ARIA attribute more', '<svg>x</svg>', '<svg aria-hidden="true">x</svg>', false],
    ['another type colour', '<a data-type="expat" href="/">x</a>', '<a data-type="grens" href="/">x</a>', false],
    ['a link without text', '<a href="/">x</a>', '<a href="/"> </a>', false],
    ['a link named by its label', '<a href="/">x</a>', '<a href="/" aria-label="x"></a>', false],
  ])('%s: the same features is %s', (_, one, other, same) => {
    expect(features(one).size > 0).toBe(true);
    expect([...features(one)].sort().join('|') === [...features(other)].sort().join('|')).toBe(same);
  });

  it('marks a link without any name, and not one with a text', () => {
    expect([...features('<a href="/"></a>')].filter((f) => f.startsWith('nameless'))).toEqual(['nameless a']);
    expect([...features('<a href="/">Tiel</a>')].filter((f) => f.startsWith('nameless'))).toEqual([]);
  });
});

describe('the pages that cover every feature', () => {
  const of = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([p, f]) => [p, new Set(f)]));

  it.each([
    [
      'one template, many pages: one page',
      { '/a/1/': ['x', 'y'], '/a/2/': ['x', 'y'], '/a/3/': ['x', 'y'] },
      ['/a/1/'],
    ],
    ['a page with something the others lack', { '/a/1/': ['x'], '/a/2/': ['x', 'z'], '/a/3/': ['x'] }, ['/a/2/']],
    ['two pages needed', { '/a/1/': ['x', 'y'], '/a/2/': ['x', 'z'], '/a/3/': ['y'] }, ['/a/1/', '/a/2/']],
    ['every route at least once', { '/a/1/': ['x', 'y'], '/b/1/': ['x'] }, ['/a/1/', '/b/1/']],
    ['the largest gain first', { '/a/1/': ['x'], '/a/2/': ['y'], '/a/3/': ['x', 'y', 'z'] }, ['/a/3/']],
  ])('%s', (_, pages, chosen) => {
    const result = coveringPages(of(pages));
    expect(result).toEqual(chosen);
    const all = new Set(Object.values(pages).flat());
    expect(new Set(result.flatMap((p) => (pages as Record<string, string[]>)[p]!))).toEqual(all);
  });
});
