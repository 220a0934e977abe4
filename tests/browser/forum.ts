import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { embedSnippet } from '../../src/lib/site/embed.ts';

/** A forum page of another site that embeds the map with the documented snippet. */
export interface Forum {
  /** The page's address; its query says what to show (see startForum). */
  url: string;
  close: () => void;
}

/**
 * Serves a forum page on a local address other than the site's (another origin). Its query:
 * `gemeente` and `type` go into the snippet; `breedte` puts the snippet in a column of that many
 * pixels, as a forum's sidebar would; `lang` adds long posts above and below it.
 */
export async function startForum(address = '127.0.0.1'): Promise<Forum> {
  const server = createServer((request, response) => {
    const query = new URL(request.url!, 'http://host').searchParams;
    const snippet = embedSnippet(inject('baseUrl'), {
      municipality: query.get('gemeente') ?? undefined,
      type: query.get('type') ?? undefined,
    });
    const width = Number(query.get('breedte')) || undefined;
    const body = width ? `<div style="width:${width}px">${snippet}</div>` : snippet;
    const post = (words: string) => (query.has('lang') ? `<p>${words.repeat(300)}</p>` : '');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="nl"><head><title>Forum</title></head><body><h1>Forum</h1>${post('Bericht. ')}${body}<p>Na de kaart.</p>${post('Nog een bericht. ')}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return { url: `http://${address}:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
