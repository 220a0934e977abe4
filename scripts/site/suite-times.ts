/** Where `npm test` keeps Vitest's report and its own timings. */
export const VITEST_REPORT = 'tests/.output/vitest-report.json';
/** Where `npm test` writes how long each step and test group took, for `npm run bench`. */
export const TIMES_FILE = 'tests/.output/test-times.json';

/** How long one run of `npm test` took: in all, per step, and per test file. */
export interface SuiteTimes {
  date: string;
  total: number;
  steps: { label: string; seconds: number }[];
  files: { file: string; seconds: number }[];
}

/** The test group of a file: its folder under tests/ (unit, data, site, browser). */
export const groupOf = (file: string) => file.split('/')[1] ?? '';

/**
 * The timings as a table: each step, then each test group's files added up (files of different
 * groups run side by side, so the groups add up to more than the test step), with its slowest file.
 */
export function formatTimes(times: SuiteTimes): string {
  const s = (seconds: number) => `${seconds.toFixed(0)} s`.padStart(7);
  const lines = [`npm test on ${times.date.slice(0, 16).replace('T', ' ')}: ${s(times.total).trim()} in all`];
  for (const step of times.steps) lines.push(`  ${step.label.padEnd(24)}${s(step.seconds)}`);
  const groups = [...new Set(times.files.map((f) => groupOf(f.file)))].sort();
  lines.push('  test files per group (added up):');
  for (const group of groups) {
    const files = times.files.filter((f) => groupOf(f.file) === group).sort((a, b) => b.seconds - a.seconds);
    const sum = files.reduce((total, f) => total + f.seconds, 0);
    const slowest = files[0]!;
    lines.push(
      `    ${group.padEnd(22)}${s(sum)}  ${files.length} files; slowest ${slowest.file} ${slowest.seconds.toFixed(0)} s`,
    );
  }
  return lines.join('\n');
}
