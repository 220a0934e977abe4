import type { APIRoute } from 'astro';
import { neighbourLists } from '../../lib/map/neighbour-lists.ts';
import { topology } from '../../site/dataset-files.ts';

/** /data/buren.json: each municipality's bordering municipalities, which the map's arrow keys load on first use. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(neighbourLists(topology)), { headers: { 'Content-Type': 'application/json' } });
