/** An error of the refresh: one line that names the table or URL and what was wrong. */
export class RefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

/**
 * GETs a URL as text. Every way it can fail (no connection, no answer in time, an HTTP error, an
 * HTML page where data was expected) becomes a RefreshError naming the URL.
 */
export async function getText(url: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new RefreshError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
    const text = await response.text();
    // Portals answer errors and maintenance with a friendly page, sometimes with status 200.
    if (/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text)) {
      throw new RefreshError(`${url}: expected JSON, got an HTML page`);
    }
    return text;
  } catch (error) {
    if (error instanceof RefreshError) throw error;
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      throw new RefreshError(`${url}: no answer within ${timeoutMs / 1000} s`);
    }
    throw new RefreshError(`${url}: could not connect (${e.cause?.code ?? e.cause?.message ?? e.message})`);
  }
}

/** GETs a URL and parses it as JSON; a truncated or malformed answer is a RefreshError naming the URL. */
export async function getJson(url: string, timeoutMs: number): Promise<unknown> {
  const text = await getText(url, timeoutMs);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RefreshError(`${url}: the answer is not complete JSON (${(error as Error).message})`);
  }
}
