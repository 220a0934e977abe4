import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleSchema } from '../../../src/lib/examples/example-schema.ts';
import { today } from '../../helpers/dataset.ts';

/** Runs `npm run example:new` as an editor would, with flags, writing into a fresh folder. */
function scaffold(flags: string[]): { status: number | null; output: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'vik-voorbeeld-'));
  const result = spawnSync(process.execPath, ['scripts/new-example.ts', '--map', folder, ...flags], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, folder };
}

const SUMMARY = `${'De gemeente organiseert gesprekken in de wijk met oude en nieuwe bewoners. '.repeat(8)}`.trim();
const GOOD = [
  '--titel',
  'Wijkgesprekken over nieuwe buren',
  '--gemeente',
  'Den Haag',
  '--gemeente',
  'Hoogezand-Sappemeer',
  '--thema',
  'dialoog-en-ontmoeting,Onderwijs',
  '--type',
  'geen',
  '--jaar',
  '2024',
  '--samenvatting',
  SUMMARY,
  '--maatregel',
  'Gesprekken in de wijk, elk kwartaal',
  '--bron-titel',
  'Raadsinformatiebrief wijkgesprekken',
  '--bron-url',
  'https://example.org/raadsbrief',
  '--sectie',
  'Paragraaf 2',
];

/** Flags without the named ones and their values. */
const without = (flags: string[], ...names: string[]) =>
  flags.filter((flag, i) => !names.includes(flag) && !names.includes(flags[i - 1]!));

describe('npm run example:new', () => {
  it('writes a file that the build’s schema accepts, with municipalities found by any name', () => {
    const { status, output, folder } = scaffold(GOOD);
    expect(status, output).toBe(0);
    const [file] = readdirSync(folder);
    expect(file).toBe('wijkgesprekken-over-nieuwe-buren.md');
    const frontmatter = /^---\n([\s\S]*?)\n---\n$/.exec(readFileSync(join(folder, file!), 'utf8'))![1]!;
    const data = parse(frontmatter) as Record<string, unknown>;
    const parsed = exampleSchema(today).safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(data['municipalities']).toEqual(['GM0518', 'GM1952']);
    expect(data['themes']).toEqual(['dialoog-en-ontmoeting', 'onderwijs']);
  });

  it.each([
    ['an unknown municipality', ['--gemeente', 'Atlantis'], 'Onbekende gemeente "Atlantis"'],
    ['a municipality half typed', ['--gemeente', 'Amster'], 'Bedoelt u Amsterdam (GM0363)?'],
    ['an unknown theme', ['--thema', 'sport'], 'Onbekend thema "sport". Kies uit: huisvesting-arbeidsmigranten'],
    ['an unknown type', ['--type', 'stad'], 'Onbekend type "stad"'],
    [
      'a summary that is too short',
      ['--samenvatting', 'Te kort.'],
      'summary: expected a summary of 80 to 200 words, found 2 words: "Te kort."',
    ],
  ])('refuses %s with a clear message and writes nothing', (_, change, message) => {
    const flags = [...GOOD];
    const at = flags.indexOf(change[0]!);
    flags.splice(at, 2, ...change);
    const { status, output, folder } = scaffold(flags);
    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names what is missing when nobody is there to ask', () => {
    const { status, output } = scaffold(['--titel', 'Alleen een titel']);
    expect(status).toBe(1);
    expect(output).toContain('Niet opgegeven: --gemeente, --thema, --type, --jaar, --samenvatting');
  });

  it('cites one of the known documents with --document', () => {
    const { status, output, folder } = scaffold([
      ...without(GOOD, '--bron-titel', '--bron-url'),
      '--document',
      'vng-portfolio-2020',
    ]);
    expect(status, output).toBe(0);
    const text = readFileSync(join(folder, readdirSync(folder)[0]!), 'utf8');
    expect(text).toContain('document: vng-portfolio-2020');
    expect(text).not.toContain('url:');
  });

  it('refuses a known document and another source at once', () => {
    const { status, output, folder } = scaffold([...GOOD, '--document', 'vng-portfolio-2020']);
    expect(status).toBe(1);
    expect(output).toContain(
      'Geef --document voor een bekend document, of --bron-titel en --bron-url voor een ander, niet allebei.',
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
