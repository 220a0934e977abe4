import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/pipeline/run.ts';
import { FIXTURE_DIR, fixtureCopy, inputsIn } from '../../helpers/fixture.ts';

/**
 * Other shapes of the same data, as a spreadsheet or StatLine may hand them in: each folder in
 * tests/good-input replaces files of the good fixture with the same figures in another shape, and
 * the pipeline must build exactly the same dataset from them, passing over (and counting) the rows
 * case.json lists.
 */
const CORPUS = 'tests/good-input';
interface Case {
  description: string;
  /** Per year: rows of other regions the file holds, by kind; years not named pass over none. */
  skipped: Record<string, Record<string, number>>;
}
const cases = readdirSync(CORPUS).map((name) => ({
  name,
  ...(JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case),
}));
const none = { district: 0, neighbourhood: 0, country: 0, region: 0 };

describe('the same data in another shape builds the same dataset', async () => {
  const plain = await runPipeline(inputsIn(FIXTURE_DIR));

  it.each(cases)('$name: $description', async ({ name, skipped }) => {
    const result = await runPipeline(inputsIn(fixtureCopy(join(CORPUS, name))));
    for (const file of ['municipalities.json', 'former-municipalities.json']) {
      expect(result.files[file]).toBe(plain.files[file]);
    }
    expect(Object.fromEntries(result.meta.report.years.map((y) => [y.year, y.skipped]))).toEqual(
      Object.fromEntries(plain.meta.report.years.map((y) => [y.year, { ...none, ...skipped[y.year] }])),
    );
  });
});
