import type { APIRoute } from 'astro';
import { exampleUrl } from '../../lib/site/urls.ts';
import { examples } from '../../site/examples.ts';

/**
 * /data/samenvattingen.json: every practice example's whole summary by the address of its page (as
 * the cards link to it), loaded when a reader
 * prints a municipality's profile with its button, so that the page itself carries only the first
 * sentence of each.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(Object.fromEntries((await examples()).map((e) => [exampleUrl(e.slug), e.summary]))), {
    headers: { 'Content-Type': 'application/json' },
  });
