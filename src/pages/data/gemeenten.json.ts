import type { APIRoute } from 'astro';
import { mapSummary } from '../../lib/map-summary.ts';
import { municipalities, years } from '../../site/dataset.ts';
import { exampleCounts } from '../../site/examples.ts';

/** /data/gemeenten.json: names, aliases, inhabitants, types per year and example counts, for the map and the search. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(mapSummary(await municipalities(), years, await exampleCounts())), {
    headers: { 'Content-Type': 'application/json' },
  });
