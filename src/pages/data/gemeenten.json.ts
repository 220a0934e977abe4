import type { APIRoute } from 'astro';
import type { SearchIndex } from '../../lib/search.ts';
import { municipalities } from '../../site/dataset.ts';

/** /data/gemeenten.json: every municipality with its former names and aliases, for the search. */
export const GET: APIRoute = async () => {
  const index: SearchIndex = {
    municipalities: (await municipalities()).map(({ code, name, aliases }) => ({ code, name, aliases })),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
