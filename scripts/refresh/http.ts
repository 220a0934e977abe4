/** An error of the refresh: one line that names the table or URL and what was wrong. */
export class RefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

/** Limits on one request. */
export interface RequestLimits {
  /** Time allowed for the whole request, answer included. */
  timeoutMs: number;
  /** Largest answer accepted; a page of 10,000 rows is a few megabytes, a boundary file less. */
  maxBytes?: number;
}

const MAX_REDIRECTS = 5;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * GETs a URL as text. Every way it can fail (no connection, no answer in time, an HTTP error, a
 * redirect to another host, an answer too large, an HTML page where data was expected) becomes a
 * RefreshError naming the URL.
 */
export async function getText(url: string, limits: RequestLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    // Redirects are followed by hand, so that data only ever come from the host the manifest names.
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { signal, redirect: 'manual', headers: { accept: 'application/json' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, current).href;
        if (new URL(next).origin !== new URL(url).origin) {
          throw new RefreshError(`${current}: redirects to another host (${next}); refusing to follow`);
        }
        if (redirects === MAX_REDIRECTS) throw new RefreshError(`${url}: more than ${MAX_REDIRECTS} redirects`);
        await response.body?.cancel();
        current = next;
        continue;
      }
      if (!response.ok) {
        throw new RefreshError(`${current}: HTTP ${response.status} ${response.statusText}`.trim());
      }
      const text = await bodyText(response, current, limits.maxBytes ?? DEFAULT_MAX_BYTES);
      // Portals answer errors and maintenance with a friendly page, sometimes with status 200.
      if (/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text)) {
        throw new RefreshError(`${current}: expected JSON, got an HTML page`);
      }
      return text;
    }
  } catch (error) {
    if (error instanceof RefreshError) throw error;
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      throw new RefreshError(`${current}: no complete answer within ${limits.timeoutMs / 1000} s`);
    }
    const reason = e.cause?.code ?? e.cause?.message ?? e.message;
    const connecting = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;
    throw new RefreshError(
      `${current}: ${connecting.test(reason) ? 'could not connect' : 'the request failed'} (${reason})`,
    );
  }
}

/** GETs a URL and parses it as JSON; a truncated or malformed answer is a RefreshError naming the URL. */
export async function getJson(url: string, limits: RequestLimits): Promise<unknown> {
  const text = await getText(url, limits);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RefreshError(`${url}: the answer is not complete JSON (${(error as Error).message})`);
  }
}

/** Reads an answer up to a size limit, so that an endless or huge answer cannot exhaust memory. */
async function bodyText(response: Response, url: string, maxBytes: number): Promise<string> {
  const limit = maxBytes >= 2 ** 20 ? `${maxBytes / 2 ** 20} MB` : `${maxBytes / 2 ** 10} kB`;
  const tooLarge = () => new RefreshError(`${url}: the answer is larger than ${limit}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    // Throwing inside the loop ends the iteration, which cancels the rest of the answer.
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
