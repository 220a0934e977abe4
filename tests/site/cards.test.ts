import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import { BUDGETS } from '../../scripts/site/budgets.ts';
import { CARD_SIZE } from '../../src/lib/site/card-spec.ts';
import { builtHtml, builtPages, DIST } from '../helpers/dist.ts';

const SITE = DEFAULT_SITE_URL;
const meta = (document: Document, property: string) =>
  document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

/** Width and height from a PNG's header (the IHDR chunk). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the preview card of every page', () => {
  it.each(builtPages())('%s names a card that exists, is 1200×630 and within budget', (path) => {
    const { document } = parseHTML(builtHtml(path));
    const image = meta(document, 'og:image')!;
    expect(image.startsWith(`${SITE}/kaarten/`), image).toBe(true);
    const file = join(DIST, new URL(image).pathname);
    expect(pngSize(file)).toEqual(CARD_SIZE);
    expect(statSync(file).size).toBeLessThanOrEqual(BUDGETS.card);
    expect(meta(document, 'og:image:width')).toBe(String(CARD_SIZE.width));
    expect(meta(document, 'og:image:height')).toBe(String(CARD_SIZE.height));
    expect(meta(document, 'og:image:alt')?.length).toBeGreaterThan(20);
    expect(meta(document, 'twitter:card')).toBe('summary_large_image');
  });

  it.each([
    ['/gemeente/GM0363/', '/kaarten/gemeente/GM0363.png', 'Amsterdam'],
    ['/type/expat/', '/kaarten/type/expat.png', 'Expatgemeenten'],
    [
      '/voorbeelden/tiel-huisvesting-arbeidsmigranten/',
      '/kaarten/voorbeeld/tiel-huisvesting-arbeidsmigranten.png',
      'Tiel',
    ],
    ['/methode/', '/kaarten/home.png', 'alle gemeenten'],
  ])('%s shows its own card (%s)', (path, card, words) => {
    const { document } = parseHTML(builtHtml(path));
    expect(meta(document, 'og:image')).toBe(`${SITE}${card}`);
    expect(meta(document, 'og:image:alt')).toContain(words);
  });
});
