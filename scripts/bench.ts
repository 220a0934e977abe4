/**
 * Speed and size figures: `npm run bench`. Prints, does not judge (budgets are enforced by the
 * tests). Times the data pipeline on the real files and a full site build, and weighs pages.
 * Options: --skip-build (weigh the existing dist/).
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { runPipeline } from './pipeline/run.ts';
import { gzipTotal, pageWeight } from './site/page-weight.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${target}`);

const inputs = {
  manifestPath: 'data/sources.json',
  dataDir: process.env['DATA_DIR'] ?? 'data/raw',
  referencePath: 'data/wrr-reference.json',
  aliasesPath: 'data/aliases.json',
};
const runs: number[] = [];
let map = '';
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const result = await runPipeline(inputs);
  runs.push(performance.now() - started);
  map = result.files['map.topo.json']!;
}
runs.sort((a, b) => a - b);
console.log('Data pipeline (real CBS and Kadaster files, 5 runs)');
row('merge, median', `${(runs[2]! / 1000).toFixed(2)} s`, 'target < 5 s');
row('merge, fastest', `${(runs[0]! / 1000).toFixed(2)} s`);
row('map geometry, raw', kb(Buffer.byteLength(map)));
row('map geometry, gzipped', kb(gzipSync(map).length), 'target < 60 KB');

if (!process.argv.includes('--skip-build')) {
  const started = performance.now();
  execFileSync('npx', ['--no-install', 'astro', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  console.log('\nSite build');
  row('astro build, all pages', `${((performance.now() - started) / 1000).toFixed(1)} s`, 'target ≤ 60 s');
}

console.log('\nPage weight (gzipped, everything the page loads)');
for (const [label, path, target, jsTarget] of [
  ['home page', '/', 150, 50],
  ['municipality page (Amsterdam)', '/gemeente/GM0363/', 60, 50],
  ['type page (expatgemeenten)', '/type/expat/', 150, 50],
] as const) {
  const resources = pageWeight('dist', path);
  row(label, kb(gzipTotal(resources)), `target ≤ ${target} KB`);
  row(`  of which JavaScript`, kb(gzipTotal(resources, 'js')), `target ≤ ${jsTarget} KB`);
  row(`  of which map and data files`, kb(gzipTotal(resources, 'data')));
}
