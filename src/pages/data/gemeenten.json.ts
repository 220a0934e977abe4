import type { APIRoute } from 'astro';
import { mapSummary } from '../../lib/map-summary.ts';
import { municipalities, years } from '../../site/dataset.ts';

/** /data/gemeenten.json: names, aliases, inhabitants and types per year, for the map and the search. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(mapSummary(await municipalities(), years)), {
    headers: { 'Content-Type': 'application/json' },
  });
