/**
 * `npm test`: every check and test in order, each step timed. Data, calibration, format, lint and
 * types, the site build, then Vitest over its four groups (unit, data, site, browser). The first
 * step that fails stops the run with its exit code. At the end it prints the time of each step and
 * of each test group, and keeps them in tests/.output/test-times.json for `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatTimes, TIMES_FILE, VITEST_REPORT, type SuiteTimes } from './site/suite-times.ts';

const STEPS: [label: string, command: string, args: string[]][] = [
  ['data', 'npm', ['run', '--silent', 'data:build']],
  ['calibration', 'npm', ['run', '--silent', 'calibrate']],
  ['format, lint, types', 'npm', ['run', '--silent', 'check']],
  ['site build', 'npx', ['--no-install', 'astro', 'build']],
  [
    'tests',
    'npx',
    ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`],
  ],
];

mkdirSync('tests/.output', { recursive: true });
const started = performance.now();
const steps: SuiteTimes['steps'] = [];
for (const [label, command, args] of STEPS) {
  const begun = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  steps.push({ label, seconds: (performance.now() - begun) / 1000 });
  if (status !== 0) {
    console.error(`\nnpm test stopped at "${label}" (exit code ${status ?? 'none'}).`);
    process.exit(status ?? 1);
  }
}

interface VitestReport {
  testResults: { name: string; startTime: number; endTime: number }[];
}
const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as VitestReport;
const times: SuiteTimes = {
  date: new Date().toISOString(),
  total: (performance.now() - started) / 1000,
  steps,
  files: report.testResults.map((r) => ({
    file: r.name.slice(r.name.indexOf('tests/')),
    seconds: (r.endTime - r.startTime) / 1000,
  })),
};
writeFileSync(TIMES_FILE, `${JSON.stringify(times, null, 2)}\n`);
console.log(`\n${formatTimes(times)}`);
