import type { APIRoute } from 'astro';
import { mapData } from '../../site/map.ts';

/** /data/gemeenten.json: names, aliases, inhabitants, types per year and example counts, for the search and the map. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await mapData()), { headers: { 'Content-Type': 'application/json' } });
