import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { builtHtml, builtPages } from '../helpers/dist.ts';
import { FIXTURE_DIR, fixtureCopy, inputsIn } from '../helpers/fixture.ts';

// A complete site built from the small fixture, with a municipality name and an example title
// that try to break out of the markup. Everything from data and content must arrive escaped.
const ROOT = 'tests/.output/fixture-site';
const DIST = join(ROOT, 'dist');
const NAME = `Nuenen "<script>alert('naam')</script>"`;
const TITLE = `Proef met <script>alert("titel")</script> & 'quotes'`;

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(file, join(ROOT, file));
  cpSync('public', join(ROOT, 'public'), { recursive: true });
  cpSync('src', join(ROOT, 'src'), {
    recursive: true,
    filter: (path) => !/src[/\\](data|content[/\\]voorbeelden)/.test(path),
  });
  mkdirSync(join(ROOT, 'data'));
  cpSync(join(FIXTURE_DIR, 'wrr-reference.json'), join(ROOT, 'data/wrr-reference.json'));
  symlinkSync(resolve('node_modules'), join(ROOT, 'node_modules'), 'dir');

  const raw = fixtureCopy();
  const boundaries = join(raw, 'raw/geo/proef-gemeenten-2026.topojson');
  writeFileSync(boundaries, readFileSync(boundaries, 'utf8').replace('"Nuenen, Gerwen en Test"', JSON.stringify(NAME)));
  const { files } = await runPipeline(inputsIn(raw));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(ROOT, 'src/data'), { recursive: true });
    writeFileSync(join(ROOT, 'src/data', name), content);
  }
  mkdirSync(join(ROOT, 'src/content/voorbeelden'), { recursive: true });
  writeFileSync(
    join(ROOT, 'src/content/voorbeelden/proef.md'),
    [
      '---',
      `title: ${JSON.stringify(TITLE)}`,
      'municipalities: [GM9006]',
      'filedUnder: null',
      'themes: [onderwijs]',
      'years: [2020]',
      `summary: ${JSON.stringify(`${'Een proefvoorbeeld met lastige tekens. '.repeat(20)}<img src=x onerror=alert(1)>`)}`,
      'measures: ["<b>vet</b> en \\"quotes\\""]',
      'source: { document: vng-portfolio-2020, section: "Proef <i>sectie</i>" }',
      '---',
      '',
    ].join('\n'),
  );
  execFileSync('npx', ['--no-install', 'astro', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 180_000);

describe('text from data and content is escaped everywhere', () => {
  it('no built page gets elements from data or content: the hostile text stays text', () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      const { document } = parseHTML(builtHtml(path, DIST));
      const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '');
      expect(
        scripts.filter((text) => text.includes('alert(')),
        path,
      ).toEqual([]);
      expect(document.querySelectorAll('img[src="x"], b, i'), path).toHaveLength(0);
      // Where the name sits in an attribute, it reads back exactly as written.
      for (const link of document.querySelectorAll('a[data-code="GM9006"]'))
        expect(link.getAttribute('data-name')).toBe(NAME);
    }
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
