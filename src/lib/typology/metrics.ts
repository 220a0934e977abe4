import { GROUP_FIGURES, type NonWesternGroup, type GroupValues } from '../figures/migration-groups.ts';
import { roundTo } from '../figures/round.ts';

/** The figures of one municipality in one year that the classifier looks at. */
export interface ClassifierInput {
  inhabitants: number;
  /** Shares (0–1) per migration figure. */
  shares: GroupValues;
  /** Distance to the German or Belgian land border in km (0 when the municipality lies on it). */
  borderDistanceKm: number;
  /** Codes of Amsterdam, Rotterdam or Den Haag where the municipality borders one of them. */
  bigCityNeighbours: string[];
}

/** National shares of the same year, to tell which groups are over-represented. */
export interface ClassifierContext {
  nationalShares: GroupValues;
}

/** The four groups the WRR names when it describes the classic migrant populations. */
export const CLASSIC_GROUPS = [
  'turkish',
  'moroccan',
  'surinamese',
  'antillean',
] as const satisfies readonly NonWesternGroup[];

/** Everything a rule can test, measured for one municipality. */
export interface Measurements {
  dutch: number;
  western: number;
  nonWestern: number;
  otherNonWestern: number;
  /** Turkish, Moroccan, Surinamese and Antillean as a share of everyone with a migration background. */
  classicShare: number;
  /** Western divided by non-Western. */
  westernRatio: number;
  /** How many times its national share the most over-represented classic group reaches. */
  groupRatio: number;
  /** The share of that group. */
  groupShare: number;
  inhabitants: number;
  borderDistanceKm: number;
  /** 1 when the municipality borders Amsterdam, Rotterdam or Den Haag, else 0. */
  bordersBigCity: number;
}

/** A measurement's key. */
export type MetricId = keyof Measurements;

/** How a measurement is shown: percentages, ratios, counts, kilometres or yes/no. */
export type MetricUnit = 'share' | 'ratio' | 'count' | 'km' | 'boolean';

/** Presentation and scale of each measurement. */
export interface MetricInfo {
  /** Short Dutch label, as a heading. `{groep}` stands for the over-represented group. */
  label: string;
  /** The same as a noun phrase inside a sentence ("het aandeel met ..."). */
  phrase: string;
  /** Words after a threshold in a sentence, where the figure compares two things ("het landelijke aandeel"). */
  comparedWith?: string;
  /** For a label with `{groep}`: the label where no municipality (and so no group) is in view. */
  general?: string;
  unit: MetricUnit;
  /**
   * What counts as one step when margins of different measurements are compared: one
   * percentage point, a quarter of a ratio, ten thousand inhabitants, one kilometre.
   */
  step: number;
}

/** Dutch labels and comparison steps of the measurements. */
export const METRICS: Record<MetricId, MetricInfo> = {
  dutch: {
    label: 'Nederlandse achtergrond',
    phrase: 'het aandeel met een Nederlandse achtergrond',
    unit: 'share',
    step: 0.01,
  },
  western: {
    label: 'Westerse migratieachtergrond',
    phrase: 'het aandeel met een westerse migratieachtergrond',
    unit: 'share',
    step: 0.01,
  },
  nonWestern: {
    label: 'Niet-westerse migratieachtergrond',
    phrase: 'het aandeel met een niet-westerse migratieachtergrond',
    unit: 'share',
    step: 0.01,
  },
  otherNonWestern: {
    label: 'Overige niet-westerse achtergrond',
    phrase: 'het aandeel met een overige niet-westerse achtergrond',
    unit: 'share',
    step: 0.01,
  },
  classicShare: {
    label: 'Turks, Marokkaans, Surinaams of Antilliaans, van alle inwoners met een migratieachtergrond',
    phrase: 'het Turkse, Marokkaanse, Surinaamse en Antilliaanse deel van de inwoners met een migratieachtergrond',
    unit: 'share',
    step: 0.05,
  },
  westernRatio: {
    label: 'Verhouding westers tot niet-westers',
    phrase: 'de westerse groep',
    comparedWith: 'zo groot als de niet-westerse',
    unit: 'ratio',
    step: 0.25,
  },
  groupRatio: {
    label: '{groep} achtergrond, vergeleken met het land',
    phrase: 'het aandeel met een {groep} achtergrond',
    comparedWith: 'het landelijke aandeel',
    general:
      'Sterkst oververtegenwoordigde klassieke groep (Turks, Marokkaans, Surinaams of Antilliaans), vergeleken met het land',
    unit: 'ratio',
    step: 0.25,
  },
  groupShare: {
    label: '{groep} achtergrond',
    phrase: 'het aandeel met een {groep} achtergrond',
    general: 'Aandeel van die sterkst oververtegenwoordigde klassieke groep',
    unit: 'share',
    step: 0.01,
  },
  inhabitants: { label: 'Inwoners', phrase: 'het aantal inwoners', unit: 'count', step: 10_000 },
  borderDistanceKm: {
    label: 'Afstand tot de Duitse of Belgische grens',
    phrase: 'de afstand tot de Duitse of Belgische grens',
    unit: 'km',
    step: 1,
  },
  bordersBigCity: {
    label: 'Grenst aan Amsterdam, Rotterdam of Den Haag',
    phrase: 'aan Amsterdam, Rotterdam of Den Haag grenzen',
    unit: 'boolean',
    step: 1,
  },
};

/** Every measurement, in the order of METRICS. */
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** A figure the classifier needs but did not get. */
export class MissingFigureError extends Error {
  constructor(figure: string) {
    super(`figure "${figure}" is missing or not a number`);
    this.name = 'MissingFigureError';
  }
}

/**
 * Measures one municipality; throws MissingFigureError rather than assume a missing figure.
 * Values are rounded to six decimals, so the stored measurements are exactly what was classified.
 */
export function measure(input: ClassifierInput, context: ClassifierContext): Measurements & { group: NonWesternGroup } {
  const figures: Record<string, unknown> = {
    inhabitants: input.inhabitants,
    borderDistanceKm: input.borderDistanceKm,
    ...Object.fromEntries(GROUP_FIGURES.map((key) => [`shares.${key}`, input.shares?.[key]])),
  };
  for (const [figure, value] of Object.entries(figures)) {
    if (!Number.isFinite(value)) throw new MissingFigureError(figure);
  }
  if (!Array.isArray(input.bigCityNeighbours)) throw new MissingFigureError('bigCityNeighbours');

  const s = input.shares;
  const migration = s.western + s.nonWestern;
  const classic = CLASSIC_GROUPS.reduce((sum, g) => sum + s[g], 0);
  const ratioOf = (g: NonWesternGroup) => (context.nationalShares[g] > 0 ? s[g] / context.nationalShares[g] : 0);
  // The first group wins a tie, so the result does not depend on floating-point noise.
  const group = CLASSIC_GROUPS.reduce((best, g) => (ratioOf(g) > ratioOf(best) ? g : best));
  const measurements: Measurements = {
    dutch: s.dutch,
    western: s.western,
    nonWestern: s.nonWestern,
    otherNonWestern: s.otherNonWestern,
    classicShare: migration > 0 ? classic / migration : 0,
    // Without non-Western inhabitants the ratio counts as if one in a thousand were: finite, and large.
    westernRatio: s.western / Math.max(s.nonWestern, 0.001),
    groupRatio: ratioOf(group),
    groupShare: s[group],
    inhabitants: input.inhabitants,
    borderDistanceKm: input.borderDistanceKm,
    bordersBigCity: input.bigCityNeighbours.length > 0 ? 1 : 0,
  };
  const rounded = Object.fromEntries(
    Object.entries(measurements).map(([key, value]: [string, number]) => [key, roundTo(value, 6)]),
  ) as unknown as Measurements;
  return { ...rounded, group };
}
