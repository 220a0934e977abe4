import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite, exampleFile, prepareFixtureSite } from '../helpers/fixture-site.ts';

// Bad or missing content stops the build, naming the file, the field and the value found
// (every kind of mistake is in tests/bad-content; these check that the build reports them).
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
    ['an unknown municipality code', { municipalities: '[GM0000]' }, 'municipalities', 'found "GM0000"'],
    ['an unknown theme', { themes: '[sport]' }, 'themes', 'found "sport"'],
    ['a summary that is too short', { summary: '"Te kort."' }, 'summary', 'found 2 words: "Te kort."'],
  ])(
    '%s',
    async (_, fields, field, found) => {
      await prepareFixtureSite(ROOT, { examples: { 'fout.md': exampleFile(fields) } });
      const output = failedBuildOutput();
      expect(output).toContain('fout.md');
      expect(output).toContain(field);
      expect(output).toContain(found);
    },
    120_000,
  );
});

describe('a type description fails the build', () => {
  it('names the file to write when one is missing', async () => {
    await prepareFixtureSite(ROOT, { examples: { 'goed.md': exampleFile() }, withoutDescriptionOf: 'grens' });
    expect(failedBuildOutput()).toContain('src/content/typen/grens.md is missing');
  }, 120_000);

  it('names the nine slugs when a file is named after none of them', async () => {
    await prepareFixtureSite(ROOT, { examples: { 'goed.md': exampleFile() } });
    writeFileSync(join(ROOT, 'src/content/typen/stad.md'), 'Een beschrijving.\n');
    const output = failedBuildOutput();
    expect(output).toContain('stad');
    expect(output).toContain('one of the nine type slugs: meerderheid-minderheid, voorstad');
    expect(output).toContain('found "stad"');
  }, 120_000);
});
