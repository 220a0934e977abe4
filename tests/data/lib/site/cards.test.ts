import { describe, expect, it } from 'vitest';
import {
  cardTree,
  exampleCard,
  municipalityCard,
  typeCard,
  type CardNode,
} from '../../../../src/lib/site/card-spec.ts';
import type { ExampleEntry } from '../../../../src/lib/examples/example-catalogue.ts';
import { TYPES } from '../../../../src/lib/typology/wrr-types.ts';
import { cardSvg } from '../../../../src/site/card-image.ts';
import { municipality } from '../../../helpers/dataset.ts';

/** Every text in a card's element tree. */
const texts = (node: CardNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child));

const MAP = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
const SIZE = { width: 440, height: 512 };

describe('what a preview card shows', () => {
  it('a municipality: its name and its type in the WRR’s year, and the newest type where it differs', () => {
    const diemen = municipalityCard(municipality('GM0384'), 2015, 2022);
    expect(diemen.path).toBe('kaarten/gemeente/GM0384.png');
    expect(texts(cardTree(diemen, MAP, SIZE, 'Bron'))).toEqual(
      expect.arrayContaining(['Diemen', 'Voorstad · 2015 (WRR)', 'Meerderheid-minderhedenstad · 2022']),
    );
    expect(diemen.alt).toBe(
      'Diemen: voorstad in 2015 (genoemd door de WRR) en meerderheid-minderhedenstad in 2022. Met de ligging op de kaart van Nederland.',
    );
    const rotterdam = municipalityCard(municipality('GM0599'), 2015, 2022);
    expect(rotterdam.types).toHaveLength(1);
  });

  it('a type: its name and colour, with its number of municipalities', () => {
    const card = typeCard('grens', 29, 2015);
    expect(card.title).toBe(TYPES.grens.label);
    expect(card.types).toEqual([{ colour: TYPES.grens.colour, label: '29 gemeenten in 2015' }]);
    expect(card.map).toEqual({ kind: 'national', highlight: 'grens' });
  });

  it('a practice example: its title, municipalities and type', () => {
    const example = { slug: 'proef', title: 'Een proef', municipalities: ['GM0384', 'GM0363'], type: 'voorstad' };
    const names = new Map([
      ['GM0384', 'Diemen'],
      ['GM0363', 'Amsterdam'],
    ]);
    const card = exampleCard(example as ExampleEntry, names);
    expect(card.subtitle).toBe('Praktijkvoorbeeld · Diemen en Amsterdam');
    expect(card.map).toEqual({ kind: 'locator', code: 'GM0384' });
  });

  it('draws names with markup in them as text: the card has outlines, no elements from the name', async () => {
    const hostile = { ...municipality('GM0384'), name: 'Diemen "<script>alert(1)</script><image href="x"/>' };
    const tree = cardTree(municipalityCard(hostile, 2015, 2022), MAP, SIZE, 'Bron');
    expect(texts(tree)).toContain(hostile.name);
    const svg = await cardSvg(tree);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('href="x"');
    expect(svg.startsWith('<svg')).toBe(true);
  });
});
