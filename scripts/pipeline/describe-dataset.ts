import type {
  FormerMunicipality,
  Meta,
  Municipality,
  Report,
  TypologyCheck,
} from '../../src/lib/figures/dataset-schema.ts';
import { agreementOf } from './agreement.ts';
import { homogeneousBridge } from './bridge.ts';
import type { Inputs } from './read-inputs.ts';
import type { TodaysMap } from './todays-map.ts';
import type { PlacedOriginYear } from './origin-year.ts';
import type { TypedYear } from './type-year.ts';

/**
 * Step 8, the dataset as a whole: its years, national figures, sources with their licence, the
 * run's report and how the derived types agree with the ones the WRR names.
 */
export function describeDataset(
  inputs: Inputs,
  today: TodaysMap,
  years: readonly TypedYear[],
  originYears: readonly PlacedOriginYear[],
  reportYears: Report['years'],
  { municipalities, former }: { municipalities: readonly Municipality[]; former: readonly FormerMunicipality[] },
  typology: TypologyCheck,
): Meta {
  const { manifest, reference } = inputs;
  const provinces: Record<string, number> = {};
  for (const m of municipalities) provinces[m.province.name] = (provinces[m.province.name] ?? 0) + 1;
  return {
    years: years.map((y) => y.year),
    currentYear: today.source.year,
    reference: { year: reference.year, document: reference.document },
    national: Object.fromEntries(years.map((y) => [String(y.year), y.national])),
    origin: {
      years: originYears.map((y) => y.year),
      national: Object.fromEntries(originYears.map((y) => [String(y.year), y.national])),
      bridge: homogeneousBridge(
        municipalities,
        years.map((y) => y.year),
        originYears.map((y) => y.year),
        typology.homogeneous.limit,
      ),
    },
    attribution: manifest.attribution,
    sources: [...manifest.statistics, ...manifest.boundaries].map((s) => ({
      id: s.id,
      dataset: s.dataset,
      year: s.year,
      url: s.url,
      page: s.page,
      licence: s.licence,
      ...('unit' in s ? { unit: s.unit, referenceDate: s.referenceDate, model: s.model, table: s.odata.table } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
    report: {
      years: reportYears,
      current: { year: today.source.year, municipalities: municipalities.length, provinces },
    },
    agreement: agreementOf(former, reference.year),
    typology,
  };
}
