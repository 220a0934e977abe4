/**
 * Scaffolds a practice example (`npm run example:new`): asks for what is missing, checks it with
 * the build's own schema and writes src/content/voorbeelden/<titel>.md. Every value can also be
 * given as a flag, for instance from an offered example on GitHub:
 *
 *   npm run example:new -- --titel "…" --gemeente "Den Haag" --thema onderwijs --type geen \
 *     --jaar 2024 --samenvatting "…" --maatregel "…" --bron-titel "…" --bron-url https://… --sectie "…"
 *
 * --gemeente, --thema, --jaar and --maatregel may be repeated (or take commas, but for measures).
 * --document takes one of the known documents (see SOURCES in src/lib/examples/example-schema.ts) instead of
 * --bron-titel and --bron-url. --map <folder> writes elsewhere; --overschrijven replaces an
 * existing file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Municipality } from '../src/lib/figures/dataset-schema.ts';
import { DraftError, draftExample, type DraftInput } from '../src/lib/examples/example-draft.ts';
import { SOURCES, THEME_KEYS } from '../src/lib/examples/example-schema.ts';

const { values } = parseArgs({
  options: {
    titel: { type: 'string' },
    gemeente: { type: 'string', multiple: true },
    thema: { type: 'string', multiple: true },
    type: { type: 'string' },
    jaar: { type: 'string', multiple: true },
    samenvatting: { type: 'string' },
    maatregel: { type: 'string', multiple: true },
    document: { type: 'string' },
    'bron-titel': { type: 'string' },
    'bron-url': { type: 'string' },
    sectie: { type: 'string' },
    map: { type: 'string', default: 'src/content/voorbeelden' },
    overschrijven: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const dataset = 'src/data/municipalities.json';
if (!existsSync(dataset)) fail(`${dataset} ontbreekt: maak eerst de dataset met npm run data:build.`);
const entries = (JSON.parse(readFileSync(dataset, 'utf8')) as Municipality[]).map(({ code, name, aliases }) => ({
  code,
  name,
  aliases,
}));

// Ask for what the flags leave out, when someone is there to answer.
const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const missing: string[] = [];
async function ask(flag: string, question: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (!prompt) {
    missing.push(`--${flag}`);
    return '';
  }
  return prompt.question(`${question}: `);
}
const list = (given: string[] | undefined, split = true) =>
  given
    ?.flatMap((v) => (split ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter(Boolean);
async function askList(flag: string, question: string, given: string[] | undefined, split = true): Promise<string[]> {
  return list(given, split) ?? list([await ask(flag, `${question} (scheid met komma's)`, undefined)], split) ?? [];
}

const title = await ask('titel', 'Titel', values.titel);
const municipalities = await askList('gemeente', 'Gemeente(n), naam of code', values.gemeente);
const themes = await askList('thema', `Thema('s): ${THEME_KEYS.join(', ')}`, values.thema);
const type = await ask('type', 'Type waaronder de bron het voorbeeld zet (of "geen")', values.type);
const years = await askList('jaar', 'Jaar of jaren', values.jaar);
const summary = await ask('samenvatting', 'Samenvatting in eigen woorden (80 tot 200 woorden)', values.samenvatting);
const measures = values.maatregel ?? (await askList('maatregel', 'Maatregelen', undefined, false));
if (values.document !== undefined && (values['bron-titel'] !== undefined || values['bron-url'] !== undefined)) {
  fail('Geef --document voor een bekend document, of --bron-titel en --bron-url voor een ander, niet allebei.');
}
const known =
  values.document ??
  (values['bron-titel'] !== undefined || values['bron-url'] !== undefined
    ? undefined
    : await ask('document', `Bron (${Object.keys(SOURCES).join(', ')}, of leeg voor een andere)`, undefined));
const source: DraftInput['source'] = known
  ? { document: known, section: await ask('sectie', 'Onderdeel van de bron', values.sectie) }
  : {
      title: await ask('bron-titel', 'Titel van de bron', values['bron-titel']),
      url: await ask('bron-url', 'Adres (URL) van de bron', values['bron-url']),
      section: await ask('sectie', 'Onderdeel van de bron', values.sectie),
    };
prompt?.close();
if (missing.length > 0) fail(`Niet opgegeven: ${missing.join(', ')}.`);

try {
  const draft = draftExample({ title, municipalities, themes, type, years, summary, measures, source }, entries);
  const path = join(values.map, draft.file);
  if (existsSync(path) && !values.overschrijven)
    fail(`${path} bestaat al; kies een andere titel of geef --overschrijven.`);
  writeFileSync(path, draft.text);
  console.log(`Geschreven: ${path}. Het voldoet aan het schema; npm start toont het op de site.`);
} catch (error) {
  if (!(error instanceof DraftError)) throw error;
  fail(`Het voorbeeld is niet geschreven:\n${error.message}`);
}
