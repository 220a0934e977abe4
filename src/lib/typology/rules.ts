import type { MetricId } from './metrics.ts';
import type { GroupFigure } from '../figures/migration-groups.ts';
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

/**
 * Where a threshold comes from:
 * - `wrr`: a number the WRR states (as the VNG portfolio quotes it);
 * - `named`: the value of the municipality the portfolio names as an example of this rule's type
 *   that lies furthest towards the threshold, rounded as `round` says (see calibration.ts), so it
 *   is found again from the list like a calibrated one;
 * - `calibrated`: found by a search over the named municipalities (see calibration.ts);
 * - `choice`: a choice of this site, explained in `provenance`.
 */
export type Origin =
  | { kind: 'wrr' }
  | { kind: 'named'; round: NamedRounding }
  | { kind: 'calibrated'; search: Search }
  | { kind: 'choice' };

/**
 * How a value set at a named municipality becomes the threshold: as it is, one step further
 * (for a figure that is the difference of two rounded ones), or down to a whole hundred thousand.
 */
export type NamedRounding = 'as-is' | 'step-beyond' | 'hundred-thousand';

/** One test of a rule: a measurement against a threshold, and where that threshold comes from. */
export interface Condition {
  metric: MetricId;
  comparison: Comparison;
  threshold: number;
  /** Why this threshold, in Dutch, for the method page. */
  provenance: string;
  origin: Origin;
}

/** A type and the tests a municipality must pass to get it. */
export interface Rule {
  type: TypeSlug;
  conditions: Condition[];
}

/**
 * The classifier, as one table. Rules are tried top to bottom; the first whose conditions all
 * hold gives the type, and a municipality that passes none is "gemiddeld". After the
 * majority-minority cities come the border rule, tried early because its first test is a fixed fact
 * (on the border), and the homogeneous rule, whose one threshold is the WRR's number (more than 90%
 * with a Dutch background); the border rule's share thresholds are calibrated like the others'.
 * Then come the others. The order in which the
 * WRR describes the types was tried too and not adopted (see orderTried in check-typology.ts and
 * the method page). Thresholds set at a
 * named municipality or calibrated are found again by `npm run calibrate` from the municipalities
 * the VNG portfolio names (the reference list), which fails if they differ from this table: the
 * table is its output. Because they were chosen on that list, the agreement with it is in-sample;
 * the pipeline also measures it leave-one-out, setting both kinds again without each municipality.
 *
 * 2015 shares were published in whole percents; a whole-percent value equal to a threshold counts
 * as written (12% passes "at least 12%").
 */
export const RULES: readonly Rule[] = [
  {
    type: 'meerderheid-minderheid',
    conditions: [
      {
        metric: 'dutch',
        comparison: 'below',
        threshold: 0.5,
        provenance:
          'De WRR: in deze steden heeft de meerderheid van de inwoners een migratieachtergrond, dus minder dan de helft een Nederlandse achtergrond.',
        origin: { kind: 'wrr' },
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Superdivers: ook veel inwoners uit niet-westerse landen.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
        },
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
        provenance: 'De WRR noemt gemeenten aan de grens; de marge vangt de vereenvoudiging van de grenzen op.',
        origin: { kind: 'choice' },
      },
      {
        metric: 'western',
        comparison: 'atLeast',
        threshold: 0.1,
        provenance: 'De Duitse en Belgische buren maken volgens de WRR de verscheidenheid uit.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
        },
      },
      {
        metric: 'westernRatio',
        comparison: 'atLeast',
        threshold: 1.25,
        provenance: 'Vooral westerse buren, dus duidelijk meer westers dan niet-westers.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 10, towards: 1, towardsNote: 'even veel westers als niet-westers' },
        },
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
        provenance: 'Het getal dat de WRR noemt.',
        origin: { kind: 'wrr' },
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
        provenance:
          'De WRR spreekt van voorsteden van de drie superdiverse steden; deze site leest dat als: grenst aan een van de drie.',
        origin: { kind: 'choice' },
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Ook deze gemeenten zijn volgens de WRR zeer divers.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
        },
      },
      {
        metric: 'classicShare',
        comparison: 'above',
        threshold: 0.2,
        provenance: 'Houdt de expatgemeenten naast de grote steden buiten dit type.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: 0.2, towardsNote: 'de grens van de expatgemeenten' },
        },
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
        provenance:
          'De andere grote steden: de drempel is het kleinste genoemde voorbeeld, naar beneden afgerond op een honderdduizendtal.',
        origin: { kind: 'named', round: 'hundred-thousand' },
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.12,
        provenance: 'Ook deze steden zijn volgens de WRR behoorlijk divers.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'nonWestern' }, towardsNote: 'het landelijke aandeel' },
        },
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
        provenance: 'Eén klassieke groep is hier duidelijk groter dan in het land als geheel.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 10, towards: 1, towardsNote: 'even groot als landelijk' },
        },
      },
      {
        metric: 'groupShare',
        comparison: 'atLeast',
        threshold: 0.02,
        provenance: 'Een grote minderheidsgroep: de drempel ligt bij het genoemde voorbeeld met de kleinste groep.',
        origin: { kind: 'named', round: 'as-is' },
      },
      {
        metric: 'inhabitants',
        comparison: 'below',
        threshold: 100_000,
        provenance: 'Middelgrote gemeenten: kleiner dan de grootstedelijke, met dezelfde grens.',
        origin: { kind: 'choice' },
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
        provenance: 'Kennismigranten uit westerse landen.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
        },
      },
      {
        metric: 'classicShare',
        comparison: 'atMost',
        threshold: 0.2,
        provenance:
          'Naar verhouding weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond; deze site legt die grens bij een vast deel van wie een migratieachtergrond heeft.',
        origin: { kind: 'choice' },
      },
      {
        metric: 'otherNonWestern',
        comparison: 'atLeast',
        threshold: 0.04,
        provenance:
          'Kennismigranten uit alle delen van de wereld; wie onder meer uit India of China kwam, telde bij CBS als overig niet-westers.',
        origin: {
          kind: 'calibrated',
          search: {
            from: 0,
            to: 1,
            towards: { national: 'otherNonWestern' },
            towardsNote: 'het landelijke aandeel',
          },
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
        provenance: 'Poolse en Bulgaarse arbeidsmigranten telden bij CBS als westers.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 1, towards: { national: 'western' }, towardsNote: 'het landelijke aandeel' },
        },
      },
      {
        metric: 'nonWestern',
        comparison: 'atMost',
        threshold: 0.07,
        provenance:
          'Andere migratie blijft beperkt: de drempel ligt bij het genoemde voorbeeld met het grootste niet-westerse aandeel.',
        origin: { kind: 'named', round: 'as-is' },
      },
      {
        metric: 'westernRatio',
        comparison: 'atLeast',
        threshold: 1.5,
        provenance: 'De verscheidenheid komt vooral van westerse arbeidsmigranten.',
        origin: {
          kind: 'calibrated',
          search: { from: 0, to: 10, towards: 1, towardsNote: 'even veel westers als niet-westers' },
        },
      },
      {
        metric: 'borderDistanceKm',
        comparison: 'above',
        threshold: 1,
        provenance:
          'Aan de grens zijn westerse inwoners meestal Duitse of Belgische buren, geen arbeidsmigranten; dezelfde marge als bij de grensgemeenten.',
        origin: { kind: 'choice' },
      },
    ],
  },
  // Gemiddeld: no conditions; what passes no other rule.
  { type: 'gemiddeld', conditions: [] },
];
