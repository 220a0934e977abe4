import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources } from '../../scripts/pipeline/fetch-sources.ts';
import { FIXTURE_DIR } from '../helpers/fixture.ts';

/** A local stand-in for the official servers: serves the fixture's raw files, except where told not to. */
let server: Server;
let base: string;
const broken = new Set<string>();
beforeAll(async () => {
  server = createServer((request, response) => {
    const file = decodeURIComponent(request.url!.slice(1));
    let body: Buffer | string = '<html>not the file</html>';
    try {
      if (!broken.has(file)) body = readFileSync(join(FIXTURE_DIR, 'raw', file));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server.close());

/** The fixture manifest with every URL pointing at the local server (optionally one missing). */
function manifestPointingAt(url: string, missing?: string): string {
  const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'sources.json'), 'utf8')) as {
    statistics: { file: string; url: string }[];
    boundaries: { file: string; url: string }[];
  };
  for (const source of [...manifest.statistics, ...manifest.boundaries]) {
    source.url = source.file === missing ? `${url}nowhere/${source.file}` : `${url}${source.file}`;
  }
  const path = join(mkdtempSync(join(tmpdir(), 'vik-manifest-')), 'sources.json');
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

const emptyMirror = () => mkdtempSync(join(tmpdir(), 'vik-mirror-'));

describe('fetchSources', () => {
  it('downloads every file from its URL when the server has it', async () => {
    const rawDir = mkdtempSync(join(tmpdir(), 'vik-raw-'));
    const outcomes = await fetchSources({ manifestPath: manifestPointingAt(base), rawDir, mirrorDir: emptyMirror() });
    expect(outcomes.map((o) => o.how)).toEqual(Array(6).fill('downloaded'));
    const file = 'cbs/proef-2022.csv';
    expect(readFileSync(join(rawDir, file))).toEqual(readFileSync(join(FIXTURE_DIR, 'raw', file)));
  });

  it('falls back to the mirror when a download fails, and says why', async () => {
    const rawDir = mkdtempSync(join(tmpdir(), 'vik-raw-'));
    const missing = 'geo/proef-gemeenten-2022.topojson';
    const outcomes = await fetchSources({
      manifestPath: manifestPointingAt(base, missing),
      rawDir,
      mirrorDir: join(FIXTURE_DIR, 'raw'),
    });
    expect(outcomes.find((o) => o.file === missing)).toEqual({ file: missing, how: 'mirror', reason: 'HTTP 404' });
    expect(outcomes.filter((o) => o.how === 'downloaded')).toHaveLength(5);
  });

  it('rejects a download that is not in the expected form', async () => {
    const rawDir = mkdtempSync(join(tmpdir(), 'vik-raw-'));
    broken.add('cbs/proef-2015.csv');
    const outcomes = await fetchSources({
      manifestPath: manifestPointingAt(base),
      rawDir,
      mirrorDir: join(FIXTURE_DIR, 'raw'),
    });
    broken.clear();
    const outcome = outcomes.find((o) => o.file === 'cbs/proef-2015.csv')!;
    expect(outcome.how).toBe('mirror');
    expect(outcome.reason).toMatch(/not in the expected form: .*missing column/);
  });

  it('leaves present files alone, and fails clearly when neither source has a file', async () => {
    const rawDir = mkdtempSync(join(tmpdir(), 'vik-raw-'));
    await fetchSources({ manifestPath: manifestPointingAt(base), rawDir, mirrorDir: emptyMirror() });
    const again = await fetchSources({ manifestPath: manifestPointingAt(base), rawDir, mirrorDir: emptyMirror() });
    expect(again.every((o) => o.how === 'present')).toBe(true);
    const fresh = mkdtempSync(join(tmpdir(), 'vik-raw-'));
    await expect(
      fetchSources({ manifestPath: manifestPointingAt(base), rawDir: fresh, mirrorDir: emptyMirror(), offline: true }),
    ).rejects.toThrow(/download failed \(offline\) and the mirror has no/);
  });
});
