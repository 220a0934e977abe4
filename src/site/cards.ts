import { MAP_COLOURS } from '../lib/map/map-colours.ts';
import { TYPOLOGY_CREDIT } from '../lib/site/credits.ts';
/** The preview cards as the build makes them: each card's map from this dataset, drawn to a PNG. */
import { cardTree, exampleCard, homeCard, municipalityCard, typeCard, type CardSpec } from '../lib/site/card-spec.ts';
import { countByType } from '../lib/typology/per-type.ts';
import { MAP_HEIGHT, MAP_WIDTH, nationalMapSvg } from '../lib/map/national-map.ts';
import { TYPES, TYPE_SLUGS } from '../lib/typology/wrr-types.ts';
import { cardPng } from './card-image.ts';
import { locatorMap, nationalMap } from './charts.ts';
import { latestYear, meta, municipalities, namesByCode, referenceYear } from './dataset.ts';
import { examples } from './examples.ts';
import { mapData } from './map.ts';

const LOCATOR = { width: 440, height: 512 };
const NATIONAL = { width: Math.round((520 * MAP_WIDTH) / MAP_HEIGHT), height: 520 };

/** The map a card shows, as SVG, with its size on the card. */
async function mapOf(spec: CardSpec): Promise<[string, { width: number; height: number }]> {
  if (spec.map.kind === 'locator') return [locatorMap.render(spec.map.code), LOCATOR];
  const { highlight } = spec.map;
  const summary = await mapData();
  const year = summary.years.indexOf(Number(referenceYear));
  const typeOf = new Map(summary.municipalities.map((m) => [m.code, m.types[year]!]));
  const fill = (code: string) => {
    const type = typeOf.get(code)!;
    return highlight && type !== highlight ? MAP_COLOURS.neighbour : TYPES[type].colour;
  };
  return [nationalMapSvg(nationalMap, fill), NATIONAL];
}

/** A card as the response of a static endpoint. */
export async function cardResponse(spec: CardSpec): Promise<Response> {
  const [svg, size] = await mapOf(spec);
  const tree = cardTree(spec, svg, size, `${meta.attribution} · ${TYPOLOGY_CREDIT}`);
  return new Response(new Uint8Array(await cardPng(tree)), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * Every card the site has: the home page's, one per municipality, type and practice example.
 * PREVIEW_CARDS=off leaves them out, for a quicker build while working on something else.
 */
export async function allCards(): Promise<CardSpec[]> {
  if (process.env['PREVIEW_CARDS'] === 'off') return [];
  const all = await municipalities();
  const counts = countByType(all, referenceYear);
  const names = await namesByCode();
  return [
    homeCard(referenceYear),
    ...all.map((m) => municipalityCard(m, referenceYear, latestYear)),
    ...TYPE_SLUGS.map((t) => typeCard(t, counts[t], referenceYear)),
    ...(await examples()).map((e) => exampleCard(e, names)),
  ];
}
