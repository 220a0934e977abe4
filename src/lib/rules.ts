import type { MetricId } from './metrics.ts';
import type { GroupFigure } from './migration-groups.ts';
import type { TypeSlug } from './wrr-types.ts';

/** How a measurement is compared with its threshold. */
export type Comparison = 'atLeast' | 'above' | 'atMost' | 'below' | 'is';

/**
 * How a calibrated threshold is found (see calibration.ts): the values tried, from `from` to `to`
 * in steps of the measurement (METRICS), and the value the WRR's words point to, which wins a tie:
 * a number, or the national share of a group in the WRR's year.
 */
export interface Search {
  from: number;
  to: number;
  towards?: number | { national: GroupFigure };
  /** What `towards` stands for, in Dutch, for the method page. */
  towardsNote?: string;
}

/** One test of a rule: a measurement against a threshold, and where that threshold comes from. */
export interface Condition {
  metric: MetricId;
  comparison: Comparison;
  threshold: number;
  /** Where the threshold comes from, in Dutch, for the method page. */
  provenance: string;
  /** For a threshold set by calibration on the reference list: how it is searched. */
  search?: Search;
}

/** A type and the tests a municipality must pass to get it. */
export interface Rule {
  type: TypeSlug;
  conditions: Condition[];
}

/**
 * The classifier, as one table. Rules are tried top to bottom; the first whose conditions all
 * hold gives the type, and a municipality that passes none is "gemiddeld". Thresholds with a
 * `search` are calibrated: `npm run calibrate` finds them again from the municipalities the WRR
 * names (the reference list) and fails if they differ from this table, which is its output.
 * Because they were chosen on that list, the agreement with it is in-sample; the pipeline also
 * measures it leave-one-out.
 *
 * 2015 shares were published in whole percents; a whole-percent value equal to a threshold counts
 * as written (52% passes "at most 52%").
 */
export const RULES: readonly Rule[] = [
  {
    type: 'meerderheid-minderheid',
    conditions: [
      {
        metric: 'dutch',
        comparison: 'atMost',
        threshold: 0.52,
        provenance:
          'WRR: de meerderheid heeft een migratieachtergrond. Rotterdam, dat de WRR zo indeelt, staat in 2015 op 51%; dat aandeel is het verschil van twee in hele procenten afgeronde cijfers en kan tot 52% zijn. Daarom 52% en niet 50%.',
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Kalibratie: superdivers betekent ook veel inwoners uit niet-westerse landen.',
        search: { from: 0.05, to: 0.4, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
      },
    ],
  },
  {
    type: 'grens',
    conditions: [
      {
        metric: 'borderDistanceKm',
        comparison: 'atMost',
        threshold: 1,
        provenance: 'WRR: gemeenten aan de grens. 1 km marge voor de vereenvoudigde grenzen.',
      },
      {
        metric: 'western',
        comparison: 'atLeast',
        threshold: 0.1,
        provenance: 'Kalibratie: de WRR noemt de Duitse en Belgische buren als bron van de verscheidenheid.',
        search: { from: 0.05, to: 0.2, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
      },
      {
        metric: 'westernRatio',
        comparison: 'atLeast',
        threshold: 1.25,
        provenance: 'Kalibratie: volgens de WRR zijn het vooral westerse buren, dus meer westers dan niet-westers.',
        search: { from: 1, to: 3, towards: 1, towardsNote: 'even veel westers als niet-westers' },
      },
    ],
  },
  {
    type: 'homogeen',
    conditions: [
      {
        metric: 'dutch',
        comparison: 'above',
        threshold: 0.9,
        provenance: 'WRR: meer dan 90 procent van de inwoners heeft een Nederlandse achtergrond.',
      },
    ],
  },
  {
    type: 'voorstad',
    conditions: [
      {
        metric: 'bordersBigCity',
        comparison: 'is',
        threshold: 1,
        provenance: 'WRR: voorsteden van de drie superdiverse steden; hier: de gemeente grenst aan een van de drie.',
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Kalibratie: de WRR noemt ook deze gemeenten zeer divers.',
        search: { from: 0.08, to: 0.25, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
      },
      {
        metric: 'classicShare',
        comparison: 'above',
        threshold: 0.2,
        provenance: 'Kalibratie: houdt de expatgemeenten naast de grote steden buiten dit type.',
        search: { from: 0.05, to: 0.5, towards: 0.2, towardsNote: 'de grens van de expatgemeenten' },
      },
    ],
  },
  {
    type: 'grootstedelijk',
    conditions: [
      {
        metric: 'inhabitants',
        comparison: 'atLeast',
        threshold: 100_000,
        provenance: 'WRR: de andere grote steden; Dordrecht (119.000 inwoners in 2015) is het kleinste WRR-voorbeeld.',
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Kalibratie: de WRR noemt ook deze steden zeer divers.',
        search: { from: 0.05, to: 0.2, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
      },
    ],
  },
  {
    type: 'specifieke-minderheid',
    conditions: [
      {
        metric: 'groupRatio',
        comparison: 'atLeast',
        threshold: 2.25,
        provenance: 'Kalibratie: één klassieke groep is hier duidelijk groter dan in het land als geheel.',
        search: { from: 1, to: 5, towards: 1, towardsNote: 'even groot als landelijk' },
      },
      {
        metric: 'groupShare',
        comparison: 'atLeast',
        threshold: 0.02,
        provenance: 'WRR: een grote minderheidsgroep; minstens 2% van de inwoners.',
      },
      {
        metric: 'inhabitants',
        comparison: 'below',
        threshold: 100_000,
        provenance: 'WRR: middelgrote gemeenten; grotere gemeenten vallen onder de stedelijke typen.',
      },
    ],
  },
  {
    type: 'expat',
    conditions: [
      {
        metric: 'western',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Kalibratie: kennismigranten uit westerse landen.',
        search: { from: 0.08, to: 0.2, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
      },
      {
        metric: 'classicShare',
        comparison: 'atMost',
        threshold: 0.2,
        provenance:
          'WRR: naar verhouding weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond; hier hoogstens een vijfde van wie een migratieachtergrond heeft.',
      },
      {
        metric: 'otherNonWestern',
        comparison: 'atLeast',
        threshold: 0.04,
        provenance:
          'Kalibratie: kennismigranten uit alle delen van de wereld; wie uit onder meer India en China komt, telt bij CBS als overig niet-westers.',
        search: {
          from: 0.01,
          to: 0.06,
          towards: { national: 'otherNonWestern' },
          towardsNote: 'het landelijke aandeel',
        },
      },
    ],
  },
  {
    type: 'tuinbouw',
    conditions: [
      {
        metric: 'western',
        comparison: 'atLeast',
        threshold: 0.08,
        provenance: 'Kalibratie: Poolse en Bulgaarse arbeidsmigranten tellen bij CBS als westers.',
        search: { from: 0.04, to: 0.15, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
      },
      {
        metric: 'nonWestern',
        comparison: 'atMost',
        threshold: 0.07,
        provenance: 'WRR: andere migratie blijft beperkt; Aalsmeer (7%) is het hoogste WRR-voorbeeld.',
      },
      {
        metric: 'westernRatio',
        comparison: 'atLeast',
        threshold: 1.5,
        provenance: 'Kalibratie: de verscheidenheid komt vooral van westerse arbeidsmigranten.',
        search: { from: 1, to: 3, towards: 1, towardsNote: 'even veel westers als niet-westers' },
      },
      {
        metric: 'borderDistanceKm',
        comparison: 'above',
        threshold: 1,
        provenance:
          'Kalibratie: aan de grens zijn westerse inwoners meestal Duitse of Belgische buren, geen arbeidsmigranten.',
        search: { from: 0, to: 10, towards: 1, towardsNote: 'de grens van de grensgemeenten' },
      },
    ],
  },
  // Gemiddeld: no conditions; what passes no other rule.
  { type: 'gemiddeld', conditions: [] },
];
