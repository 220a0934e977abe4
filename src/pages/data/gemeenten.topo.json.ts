import type { APIRoute } from 'astro';
import { topology } from '../../site/dataset-files.ts';

/** /data/gemeenten.topo.json: today's boundaries, simplified and quantized by the data pipeline. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(topology), { headers: { 'Content-Type': 'application/json' } });
