import type { APIRoute } from 'astro';
import { searchData } from '../../site/search-index.ts';

/** /data/gemeenten.json: every municipality with its former names, aliases and towns, for the search. */
export const GET: APIRoute = async () => {
  const { index } = await searchData();
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
