import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/pipeline/run.ts';
import { FIXTURE_DIR, inputsIn } from '../../helpers/fixture.ts';

// The pipeline's complete output for the small fixture. A change shows up here as a diff to review;
// under CI=true Vitest refuses to write a missing snapshot instead of accepting it.
describe('pipeline output for the fixture', async () => {
  const result = await runPipeline(inputsIn(FIXTURE_DIR));

  it.each(Object.keys(result.files))('%s matches the reviewed snapshot', async (name) => {
    await expect(result.files[name]).toMatchFileSnapshot(`__snapshots__/fixture/${name}`);
  });

  it('accounts for every municipality and inhabitant of every year', () => {
    expect(result.meta.report.years.map((y) => [y.year, y.read, y.joined, y.inhabitantsIn, y.inhabitantsOut])).toEqual([
      [2015, 4, 4, 163_000, 163_000],
      [2019, 4, 4, 167_600, 167_600],
      [2022, 3, 3, 166_700, 166_700],
      [2023, 3, 3, 167_900, 167_900],
    ]);
  });
});
