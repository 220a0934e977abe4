import type { APIRoute } from 'astro';
import { mapData } from '../../site/map.ts';

/** /data/kaart.json: per municipality and year what the map shows, for the map's year switch, filters and labels. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await mapData()), { headers: { 'Content-Type': 'application/json' } });
