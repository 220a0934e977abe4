import { describe, expect, it } from 'vitest';
import { buildFixtureSite, exampleFile, prepareFixtureSite } from '../helpers/fixture-site.ts';

// A bad practice example file stops the build, naming the file and the field.
const ROOT = 'tests/.output/fixture-site-bad';

describe('a bad practice example fails the build', () => {
  it.each([
    ['an unknown municipality code', { municipalities: '[GM0000]' }, 'municipalities'],
    ['an unknown theme', { themes: '[sport]' }, 'themes'],
    ['a summary that is too short', { summary: '"Te kort."' }, 'summary'],
  ])(
    '%s',
    async (_, fields, field) => {
      await prepareFixtureSite(ROOT, { examples: { 'fout.md': exampleFile(fields) } });
      let output = '';
      try {
        buildFixtureSite(ROOT);
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        output = `${stdout}${stderr}`;
      }
      expect(output).toContain('fout.md');
      expect(output).toContain(field);
    },
    120_000,
  );
});
