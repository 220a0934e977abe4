/** /embed.js, the sizing script for host pages, made from the same contract as the embed itself. */
import { embedScript } from '../lib/site/embed.ts';

export function GET(): Response {
  return new Response(embedScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
