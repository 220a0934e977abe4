/** The download files of the dataset, by file name. */
import { dataLicence, TYPOLOGY_CREDIT } from '../lib/site/credits.ts';
import {
  columnDescriptions,
  columnsText,
  currentRows,
  formerRows,
  modelYears,
  toCsv,
  withAllColumns,
  type DownloadRow,
} from '../lib/table/download-rows.ts';
import { listOf } from '../lib/words/words.ts';
import { formerMunicipalities, meta, municipalities, once } from './dataset.ts';

/** A download: file name, Dutch description and content. */
export interface Download {
  file: string;
  description: string;
  content: string;
}

function asJson(rows: DownloadRow[], description: string): string {
  const header = {
    beschrijving: description,
    bron: meta.sources.map((s) => s.dataset),
    licentie: dataLicence(meta),
    naamsvermelding: `${meta.attribution}; ${TYPOLOGY_CREDIT}`,
    kolommen: columnDescriptions(modelYears(meta))
      .filter(([name]) => rows.some((r) => name in r))
      .map(([naam, uitleg]) => ({
        naam,
        uitleg,
      })),
  };
  return JSON.stringify({ ...header, rijen: rows });
}

/** Today's municipalities, one row per year, made once for the downloads and the table's year files. */
const allCurrentRows = once(async () => currentRows(await municipalities(), meta));

/** Every download, built from the dataset. */
export const downloads = once(async (): Promise<Download[]> => {
  const current = await municipalities();
  const former = await formerMunicipalities();
  const allRows = await allCurrentRows();
  const sets: { name: string; description: string; rows: DownloadRow[] }[] = [
    {
      // Named apart from the statistics years, so that a statistics year equal to today's never clashes.
      name: 'gemeenten-nu',
      description: `De ${current.length} gemeenten van ${meta.currentYear}, met de cijfers van ${listOf([...meta.years, ...meta.origin.years])} opgeteld per huidige gemeente (één rij per gemeente per jaar)`,
      rows: allRows,
    },
    ...meta.years.map((year) => ({
      name: `gemeenten-${year}`,
      description: `De gemeenten van ${year} zoals ze toen waren, met de huidige gemeente waarin ze zijn opgegaan`,
      rows: formerRows(former, year, current, meta),
    })),
    // A herkomstland year has no municipalities of its own in the dataset: today's, with its figures.
    ...meta.origin.years.map((year) => ({
      name: `gemeenten-${year}`,
      description: `De ${current.length} gemeenten van ${meta.currentYear} met de cijfers van ${year} in de nieuwe herkomstindeling van CBS (herkomstland, zonder type)`,
      rows: allRows.filter((row) => row['jaar'] === year),
    })),
  ];
  return [
    ...sets.flatMap(({ name, description, rows: given }) => {
      const rows = withAllColumns(given);
      return [
        { file: `${name}.csv`, description: `${description} (CSV)`, content: toCsv(rows) },
        { file: `${name}.json`, description: `${description} (JSON)`, content: asJson(rows, description) },
      ];
    }),
    {
      file: 'toelichting.txt',
      description: 'Uitleg van alle kolommen, bronnen en licentie',
      content: columnsText(meta),
    },
  ];
});

/** Today's municipalities with the figures and types of one year, as in the downloads: the table's rows for that year. */
export const tableYearRows = async (year: number): Promise<DownloadRow[]> =>
  (await allCurrentRows()).filter((row) => row['jaar'] === year);
