import { describe, expect, it } from 'vitest';
import { buildFixtureSite, exampleFile, prepareFixtureSite } from '../helpers/fixture-site.ts';

// Bad or missing content stops the build, naming the file (and the field).
const ROOT = 'tests/.output/fixture-site-bad';

/** Builds the prepared fixture site and returns what the failed build printed. */
function failedBuildOutput(): string {
  try {
    buildFixtureSite(ROOT);
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
  throw new Error('the build succeeded');
}

describe('a bad practice example fails the build', () => {
  it.each([
    ['an unknown municipality code', { municipalities: '[GM0000]' }, 'municipalities'],
    ['an unknown theme', { themes: '[sport]' }, 'themes'],
    ['a summary that is too short', { summary: '"Te kort."' }, 'summary'],
  ])(
    '%s',
    async (_, fields, field) => {
      await prepareFixtureSite(ROOT, { examples: { 'fout.md': exampleFile(fields) } });
      const output = failedBuildOutput();
      expect(output).toContain('fout.md');
      expect(output).toContain(field);
    },
    120_000,
  );
});

describe('a type without its description fails the build', () => {
  it('names the file to write', async () => {
    await prepareFixtureSite(ROOT, { examples: { 'goed.md': exampleFile() }, withoutDescriptionOf: 'grens' });
    expect(failedBuildOutput()).toContain('src/content/typen/grens.md is missing');
  }, 120_000);
});
