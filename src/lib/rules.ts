import type { MetricId } from './metrics.ts';
import type { TypeSlug } from './wrr-types.ts';

/** How a measurement is compared with its threshold. */
export type Comparison = 'atLeast' | 'above' | 'atMost' | 'below' | 'is';

/** One test of a rule: a measurement against a threshold, and where that threshold comes from. */
export interface Condition {
  metric: MetricId;
  comparison: Comparison;
  threshold: number;
  /** Where the threshold comes from, in Dutch, for the method page. */
  provenance: string;
}

/** A type and the tests a municipality must pass to get it. */
export interface Rule {
  type: TypeSlug;
  conditions: Condition[];
}

/**
 * The classifier, as one table. Rules are tried top to bottom; the first whose conditions all
 * hold gives the type, and a municipality that passes none is "gemiddeld". Thresholds marked
 * "kalibratie" were chosen by comparing with the municipalities the WRR names (the reference
 * list), so the agreement with that list is measured on the same data that set them.
 *
 * 2015 shares were published in whole percents; thresholds are set so that a whole-percent value
 * equal to the threshold counts as written (for example 52% passes "at most 52%").
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
          'WRR: de meerderheid heeft een migratieachtergrond. Twee procentpunt marge omdat CBS 2015 in hele procenten publiceerde (Rotterdam: 51%).',
      },
      {
        metric: 'nonWestern',
        comparison: 'atLeast',
        threshold: 0.25,
        provenance:
          'Kalibratie: superdivers betekent veel niet-westerse herkomstgroepen; dit scheidt de drie grote steden (35–37%) van grensgemeente Vaals (4%).',
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
        provenance:
          'Kalibratie: boven het landelijke aandeel (9,6% in 2015). Het laagste WRR-voorbeeld, Terneuzen, heeft 18%; aan de grens heeft ook een kleinere Duitse of Belgische groep betekenis.',
      },
      {
        metric: 'westernRatio',
        comparison: 'atLeast',
        threshold: 1.3,
        provenance:
          'Kalibratie: de migratie is vooral westers (buren). Weert (1,2 keer), een WRR-voorbeeld van een gemiddelde gemeente, valt erbuiten; Venlo (1,4 keer), dat het portfolio bij de grensgemeenten zet, valt erbinnen.',
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
        threshold: 0.15,
        provenance:
          'Kalibratie: duidelijk boven het landelijke aandeel (12% in 2015); Zoetermeer (19%) is het laagste WRR-voorbeeld.',
      },
      {
        metric: 'classicShare',
        comparison: 'above',
        threshold: 0.2,
        provenance:
          'Kalibratie: houdt expatgemeenten naast de grote steden (Amstelveen 16%, Wassenaar 6%) buiten dit type.',
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
        provenance:
          'Kalibratie: minstens het landelijke aandeel (12% in 2015); Nijmegen (13%) is het laagste WRR-voorbeeld.',
      },
    ],
  },
  {
    type: 'specifieke-minderheid',
    conditions: [
      {
        metric: 'groupRatio',
        comparison: 'atLeast',
        threshold: 2.5,
        provenance:
          'Kalibratie: één klassieke groep is minstens 2,5 keer zo groot als landelijk; zo hebben Den Helder en Delfzijl 2% Antillianen (landelijk 0,8%).',
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
        provenance: 'Kalibratie: boven het landelijke aandeel (10% in 2015); Voorschoten (13%) is een WRR-voorbeeld.',
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
        threshold: 0.03,
        provenance:
          'Kalibratie: kennismigranten uit onder meer India en China vallen bij CBS onder "overig niet-westers"; alle WRR-voorbeelden hebben minstens 3%.',
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
        provenance:
          'Kalibratie: Poolse en Bulgaarse arbeidsmigranten tellen bij CBS als westers; Westland (8%) is het laagste WRR-voorbeeld.',
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
        provenance: 'Kalibratie: de westerse groep is duidelijk groter dan de niet-westerse (Westland: 1,6 keer).',
      },
      {
        metric: 'borderDistanceKm',
        comparison: 'above',
        threshold: 1,
        provenance:
          'Kalibratie: aan de grens zijn westerse inwoners meestal Duitse of Belgische buren, geen arbeidsmigranten. Daardoor valt WRR-voorbeeld Zundert, dat aan de Belgische grens ligt, bij de grensgemeenten.',
      },
    ],
  },
  // Gemiddeld: no conditions; what passes no other rule.
  { type: 'gemiddeld', conditions: [] },
];
