/**
 * Speed and size figures: `npm run bench`. Prints, does not judge (the budgets are enforced by
 * tests/site/budgets.test.ts). Times the data pipeline on the real files and a full site build,
 * weighs pages, where Chromium is present runs Lighthouse (mobile) on two pages, and prints how long
 * the last `npm test` took per step and per test group.
 * Options: --skip-build (weigh the existing dist/), --skip-lighthouse, --suite (run `npm test` first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { runPipeline } from './pipeline/run.ts';
import { BUDGETS } from './site/budgets.ts';
import { lighthouseScores } from './site/lighthouse.ts';
import { MAX_PROFILE_PAGES, printedPages } from './site/printed-pages.ts';
import { gzipTotal, pageWeight } from './site/page-weight.ts';
import { formatTimes, TIMES_FILE, type SuiteTimes } from './site/suite-times.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${target}`);

const runs: number[] = [];
let mapBytes = { raw: 0, gzip: 0 };
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const result = await runPipeline(PROJECT_INPUTS);
  runs.push(performance.now() - started);
  mapBytes = result.mapBytes;
}
runs.sort((a, b) => a - b);
console.log('Data pipeline (real CBS and Kadaster files, 5 runs)');
row('merge, median', `${(runs[2]! / 1000).toFixed(2)} s`, 'target < 5 s');
row('merge, fastest', `${(runs[0]! / 1000).toFixed(2)} s`);
row('map geometry, raw', kb(mapBytes.raw));
row('map geometry, gzipped', kb(mapBytes.gzip), `budget ${kb(BUDGETS.mapGeometry)}`);

if (!process.argv.includes('--skip-build')) {
  const build = (env: Record<string, string> = {}) => {
    const started = performance.now();
    execFileSync('npx', ['--no-install', 'astro', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    return (performance.now() - started) / 1000;
  };
  // Without the preview cards first, so that the full build is the one left in dist/.
  const withoutCards = build({ PREVIEW_CARDS: 'off' });
  const full = build();
  console.log('\nSite build');
  row('astro build, all pages and cards', `${full.toFixed(1)} s`, 'target ≤ 60 s');
  row('  of which preview cards', `${(full - withoutCards).toFixed(1)} s`, 'target ≤ 30 s');
}

console.log('\nPage weight (gzipped, everything the page loads)');
for (const [label, path, budget] of [
  ['home page', '/', BUDGETS.home],
  ['municipality page (Amsterdam)', '/gemeente/GM0363/', BUDGETS.municipality],
  ['type page (expatgemeenten)', '/type/expat/', BUDGETS.home],
  ['table page', '/tabel/', BUDGETS.table],
  ['embed', '/embed/', BUDGETS.embed],
] as const) {
  const resources = pageWeight('dist', path);
  row(label, kb(gzipTotal(resources)), `budget ${kb(budget)}`);
  row('  of which JavaScript', kb(gzipTotal(resources, 'js')), `budget ${kb(BUDGETS.javascript)}`);
  row('  of which map and data files', kb(gzipTotal(resources, 'data')));
}

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// A profile printed from the browser's menu: the answer, peers, examples with their first
// sentence, the chart of origins and the type per year (tests/browser/print.test.ts checks a few).
if (existsSync(chromium)) {
  const codes = (JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as { code: string }[]).map(
    (m) => m.code,
  );
  const started = performance.now();
  const printed = await printedPages(
    'dist',
    codes.map((c) => `/gemeente/${c}/`),
    chromium,
  );
  const over = [...printed].filter(([, n]) => n > MAX_PROFILE_PAGES).map(([path]) => path);
  const perCount = Map.groupBy([...printed.values()], (n) => n);
  console.log(`\nPrinting (A4, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  for (const [n, profiles] of [...perCount].sort(([a], [b]) => a - b))
    row(`municipality profiles on ${n} pages`, String(profiles.length));
  row(`on more than ${MAX_PROFILE_PAGES} pages`, `${over.length} of ${printed.size}`, 'target 0');
  if (over.length > 0) console.log(`  ${over.join(' ')}`);
}

if (process.argv.includes('--skip-lighthouse') || !existsSync(chromium)) {
  console.log('\nLighthouse skipped (no Chromium, or --skip-lighthouse).');
} else {
  console.log('\nLighthouse, mobile (targets: performance ≥ 95, accessibility 100)');
  for (const s of await lighthouseScores('dist', ['/', '/gemeente/GM0363/'], chromium)) {
    row(`${s.path} performance`, String(s.performance), 'target ≥ 95');
    row(`${s.path} accessibility`, String(s.accessibility), 'target 100');
  }
}

if (process.argv.includes('--suite')) spawnSync('node', ['scripts/test.ts'], { stdio: 'ignore' });
console.log('\nTest suite (target: npm test ≤ 8 min on 2 cores)');
console.log(
  existsSync(TIMES_FILE)
    ? formatTimes(JSON.parse(readFileSync(TIMES_FILE, 'utf8')) as SuiteTimes)
    : 'No timings yet: run `npm test` (or `npm run bench -- --suite`).',
);
