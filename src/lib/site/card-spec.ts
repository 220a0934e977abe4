import type { Municipality } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import type { ExampleEntry } from '../examples/example-catalogue.ts';
import { countOf, listOf, numberWord } from '../words/words.ts';
import { NAMED_BY_WORDS } from '../typology/named-by.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from '../typology/wrr-types.ts';

/**
 * Preview cards: the 1200×630 image a shared link shows (Open Graph). This module says what a card
 * shows; src/site/cards.ts draws it.
 */

/** The size of every card, in pixels, as Open Graph recommends. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** A type on a card: its colour and what the line says. */
export interface CardType {
  colour: string;
  label: string;
}

/** What one card shows. */
export interface CardSpec {
  /** Where the card is published, under the site's base path: "kaarten/gemeente/GM0363.png". */
  path: string;
  title: string;
  /** A line under the title (municipality names of an example, a type's count). */
  subtitle?: string;
  types: CardType[];
  /** The map beside the text: one municipality located, or the national map (a type lit). */
  map: { kind: 'locator'; code: string } | { kind: 'national'; highlight?: TypeSlug };
  /** The card in words, for og:image:alt. */
  alt: string;
}

const typeLine = (type: TypeSlug, note: string): CardType => ({
  colour: TYPES[type].colour,
  label: `${TYPES[type].singular} · ${note}`,
});

/** The card of the home page (and of pages without their own): the national map by type. */
export function homeCard(referenceYear: number): CardSpec {
  return {
    path: 'kaarten/home.png',
    title: 'Alle gemeenten op de kaart',
    subtitle: `Naar de ${numberWord(TYPE_SLUGS.length)} typen van de WRR, ${referenceYear}`,
    types: [],
    map: { kind: 'national' },
    alt: `Kaart van Nederland met alle gemeenten gekleurd naar hun type in ${referenceYear}.`,
  };
}

/**
 * A municipality's card: its name, its type in the WRR's year and, where it differs, with the
 * newest figures, and where it lies.
 */
export function municipalityCard(m: Municipality, referenceYear: number, latestYear: number): CardSpec {
  const first = inYear(m, referenceYear).typing;
  const last = inYear(m, latestYear).typing;
  const by = first.namedBy;
  const shown: [TypeSlug, string, string][] = [
    [
      first.type,
      `${referenceYear}${by ? NAMED_BY_WORDS[by].mark : ''}`,
      `${referenceYear}${by ? ` (${NAMED_BY_WORDS[by].badge})` : ''}`,
    ],
  ];
  if (last.type !== first.type) shown.push([last.type, String(latestYear), String(latestYear)]);
  const described = listOf(shown.map(([type, , year]) => `${TYPES[type].singular.toLowerCase()} in ${year}`));
  return {
    path: `kaarten/gemeente/${m.code}.png`,
    title: m.name,
    subtitle: `Gemeente in ${m.province.name}`,
    types: shown.map(([type, note]) => typeLine(type, note)),
    map: { kind: 'locator', code: m.code },
    alt: `${m.name}: ${described}. Met de ligging op de kaart van Nederland.`,
  };
}

/** A type's card: its name and colour, how many municipalities it had, and where they lie. */
export function typeCard(type: TypeSlug, count: number, referenceYear: number): CardSpec {
  const { label, colour } = TYPES[type];
  return {
    path: `kaarten/type/${type}.png`,
    title: label,
    types: [{ colour, label: `${countOf(count, 'gemeente', 'gemeenten', { digits: true })} in ${referenceYear}` }],
    map: { kind: 'national', highlight: type },
    alt: `${label}: ${countOf(count, 'gemeente', 'gemeenten', { digits: true })} in ${referenceYear}, uitgelicht op de kaart van Nederland.`,
  };
}

/** A practice example's card: its title, its municipalities and type, and where the first lies. */
export function exampleCard(example: ExampleEntry, names: ReadonlyMap<string, string>): CardSpec {
  const where = listOf(example.municipalities.map((c) => names.get(c) ?? c));
  return {
    path: `kaarten/voorbeeld/${example.slug}.png`,
    title: example.title,
    subtitle: `Praktijkvoorbeeld · ${where}`,
    types: [{ colour: TYPES[example.type].colour, label: TYPES[example.type].singular }],
    map: { kind: 'locator', code: example.municipalities[0]! },
    alt: `Praktijkvoorbeeld: ${example.title} (${where}, ${TYPES[example.type].singular.toLowerCase()}).`,
  };
}

/** An element as satori takes it: a tag, its style and its children (text stays text). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string; [key: string]: unknown };
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children: (CardNode | string)[] | string,
): CardNode => ({ type, props: { style, children } });

/** The title's size: long titles (practice examples) get smaller type to fit three lines. */
function titleSize(title: string): number {
  return title.length > 70 ? 50 : title.length > 40 ? 60 : 76;
}

/**
 * The card as an element tree for satori: text on the left (site name, title, subtitle, types,
 * source line), the map on the right as an SVG image. Names and titles are text children, never
 * markup, so whatever they contain is drawn as written.
 */
export function cardTree(
  spec: CardSpec,
  mapSvg: string,
  mapSize: { width: number; height: number },
  credit: string,
): CardNode {
  const swatchLine = (t: CardType) =>
    node('div', { display: 'flex', alignItems: 'center', marginTop: 16, fontSize: 34 }, [
      node(
        'div',
        { width: 32, height: 32, background: t.colour, border: '2px solid #1b1b1b', marginRight: 16, flexShrink: 0 },
        '',
      ),
      t.label,
    ]);
  return node(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      background: '#ffffff',
      fontFamily: 'Source Sans 3',
      color: '#1b1b1b',
    },
    [
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: 740,
          padding: '52px 24px 44px 64px',
        },
        [
          node('div', { fontSize: 30, fontWeight: 700, color: '#0b5cab' }, 'Verscheidenheid in kaart'),
          node('div', { display: 'flex', flexDirection: 'column' }, [
            node('div', { fontSize: titleSize(spec.title), fontWeight: 700, lineHeight: 1.08 }, spec.title),
            ...(spec.subtitle ? [node('div', { fontSize: 30, color: '#4d4d4d', marginTop: 12 }, spec.subtitle)] : []),
            ...spec.types.map(swatchLine),
          ]),
          node('div', { fontSize: 24, color: '#4d4d4d' }, credit),
        ],
      ),
      {
        type: 'img',
        props: {
          src: `data:image/svg+xml;base64,${btoa(mapSvg)}`,
          width: mapSize.width,
          height: mapSize.height,
          style: { marginTop: (CARD_SIZE.height - mapSize.height) / 2 },
        },
      },
    ],
  );
}
