import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from '../helpers/dist.ts';
import { buildFixtureSite, exampleFile, prepareFixtureSite } from '../helpers/fixture-site.ts';

// A complete site built from the small fixture, with a municipality name and an example that try
// to break out of the markup. Everything from data and content must arrive as text.
const ROOT = 'tests/.output/fixture-site';
const DIST = join(ROOT, 'dist');
const NAME = `Nuenen "<script>alert('naam')</script>"`;

beforeAll(async () => {
  await prepareFixtureSite(ROOT, {
    municipalityName: NAME,
    examples: {
      'proef.md': exampleFile({
        title: JSON.stringify(`Proef met <script>alert("titel")</script> & 'quotes'`),
        summary: JSON.stringify(`${'Een proefvoorbeeld met lastige tekens. '.repeat(20)}<img src=x onerror=alert(1)>`),
        measures: '["<b>vet</b> en \\"quotes\\""]',
        source: '{ document: vng-portfolio-2020, section: "Proef <i>sectie</i>" }',
      }),
    },
  });
  buildFixtureSite(ROOT);
}, 180_000);

describe('text from data and content is escaped everywhere', () => {
  it('no built page gets elements from data or content: the hostile text stays text', () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(15);
    let labels = 0;
    for (const path of pages) {
      const { document } = parseHTML(builtHtml(path, DIST));
      const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '');
      expect(
        scripts.filter((text) => text.includes('alert(')),
        path,
      ).toEqual([]);
      expect(document.querySelectorAll('img[src="x"], b, i'), path).toHaveLength(0);
      // Where the name sits in a map shape's label, it reads back exactly as written.
      for (const link of document.querySelectorAll('svg a[href$="/GM9006/"]')) {
        expect(link.getAttribute('aria-label')!.startsWith(`${NAME}: `)).toBe(true);
        labels++;
      }
    }
    expect(labels).toBeGreaterThan(0);
  });

  it('the map’s data file holds the name exactly as written', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/kaart.json'), 'utf8')) as {
      municipalities: { code: string; name: string }[];
    };
    expect(data.municipalities.find((m) => m.code === 'GM9006')!.name).toBe(NAME);
  });

  it('the municipality page shows the name as text, in its title too', () => {
    const html = builtHtml('/gemeente/GM9006/', DIST);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toMatch(/<title>Nuenen (&quot;|")&lt;script&gt;/);
    expect(html).toMatch(/<h1[^>]*>Nuenen (&quot;|")&lt;script&gt;alert\(('|&#39;)naam/);
  });

  it('the example page shows the title, summary and measures as text', () => {
    const html = builtHtml('/voorbeelden/proef/', DIST);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;vet&lt;/b&gt;');
  });
});
