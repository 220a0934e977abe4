import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/checks/input-error.ts';
import { runPipeline } from '../../../scripts/pipeline/run.ts';
import { fixtureCopy, inputsIn } from '../../helpers/fixture.ts';

/**
 * The bad-input corpus: each folder in tests/bad-input holds files that replace their
 * counterparts in the good fixture, and case.json with the error the pipeline must give.
 */
const CORPUS = 'tests/bad-input';
interface Case {
  description: string;
  /** Keep the fixture's checksums although the case replaces a data file (to test the checksum check). */
  keepChecksums?: boolean;
  expect: { file: string; message: string; line?: number; column?: number };
}
const cases = readdirSync(CORPUS).map((name) => ({
  name,
  ...(JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case),
}));

describe('bad input stops the pipeline with a located, explained error', () => {
  it('has at least 25 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$name: $description', async ({ name, expect: expected, keepChecksums }) => {
    const error: unknown = await runPipeline(inputsIn(fixtureCopy(join(CORPUS, name), { keepChecksums }))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.file.endsWith(expected.file)).toBe(true);
    expect(inputError.message).toContain(expected.message);
    expect(inputError.line).toBe(expected.line);
    expect(inputError.column).toBe(expected.column);
  });
});
