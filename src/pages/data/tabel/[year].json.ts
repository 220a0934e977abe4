import type { APIRoute } from 'astro';
import { originYears, years } from '../../../site/dataset.ts';
import { toColumnar } from '../../../lib/table/download-rows.ts';
import { tableYearRows } from '../../../site/downloads.ts';

/**
 * /data/tabel/<year>.json: the table's rows of one year, with the columns of the downloads in
 * columnar form; the types of every year come from kaart.json.
 */
export const getStaticPaths = () => [...years, ...originYears].map((year) => ({ params: { year: String(year) } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(toColumnar(await tableYearRows(Number(params['year'])))), {
    headers: { 'Content-Type': 'application/json' },
  });
