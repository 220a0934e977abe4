import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readOriginStatistics } from '../../../scripts/pipeline/read-statistics.ts';
import { readManifest } from '../../../scripts/pipeline/sources.ts';
import { InputError } from '../../../src/lib/checks/input-error.ts';

/**
 * The shipped 2023 file, in CBS's herkomstland classification, read and checked as the build
 * reads it; then the same file broken in the ways an edit or a re-export breaks it, each refused
 * at its place with what was found.
 */
const manifest = await readManifest(PROJECT_INPUTS.manifestPath);
const source = manifest.statistics.find((s) => s.model === 'herkomstland' && s.year === 2023)!;
const file = source.file;
const text = readFileSync(join(PROJECT_INPUTS.dataDir, file), 'utf8');
const [header, ...lines] = text.trimEnd().split('\n');

/** The file with one line changed (by its line number in the file) or left out. */
const withLine = (line: number, change: (cells: string[]) => string[] | null) =>
  [header, ...lines.map((l, i) => (i + 2 === line ? change(l.split(';'))?.join(';') : l))]
    .filter((l) => l !== undefined)
    .join('\n');
const lineOf = (code: string) => lines.findIndex((l) => l.startsWith(`${code};`)) + 2;
const refusal = (broken: string, format = source) => {
  try {
    readOriginStatistics(broken, format, file);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('the 2023 file in the herkomstland classification', () => {
  const { rows } = readOriginStatistics(text, source, file);

  it("reads all 342 municipalities, adding up to CBS's national total", () => {
    expect(rows).toHaveLength(342);
    expect(rows.reduce((sum, r) => sum + r.inhabitants, 0)).toBe(17_811_291);
  });

  it('has the published shares of Amsterdam: 41% Nederland, 17% Europa, 42% buiten Europa', () => {
    const amsterdam = rows.find((r) => r.code === 'GM0363')!;
    expect(amsterdam.shares).toMatchObject({ netherlands: 0.41, europe: 0.17, outsideEurope: 0.42 });
    expect(amsterdam.shares.europeBornHere + amsterdam.shares.europeBornAbroad).toBeCloseTo(0.17, 6);
  });

  it.each<[string, () => string, { message: string; line?: number; column?: number }]>([
    [
      'a missing row',
      () => withLine(lineOf('GM0363'), () => null),
      { message: 'the 341 municipalities add up to 16,893,174 inhabitants, but the national total' },
    ],
    [
      'a wrong total (inhabitants mistyped)',
      () => withLine(lineOf('GM0599'), (c) => [c[0]!, c[1]!, '66390', ...c.slice(3)]),
      {
        message:
          'add up to 17,213,781 inhabitants, but the national total the manifest records for this file is 17,811,291',
      },
    ],
    [
      'a share over 100',
      () => withLine(lineOf('GM1783'), (c) => [...c.slice(0, 3), '180', ...c.slice(4)]),
      {
        message: 'column "percentageMetHerkomstlandNederland": expected a percentage between 0 and 100, found "180"',
        line: lineOf('GM1783'),
        column: 4,
      },
    ],
    [
      'a file with old and new columns mixed',
      () => [`${header};P_WEST_AL`, ...lines.map((l) => `${l};7`)].join('\n'),
      {
        message: 'the header mixes the columns of two origin classifications: P_WEST_AL (migratieachtergrond)',
        line: 1,
      },
    ],
  ])('refuses %s with a located message', (_, broken, expected) => {
    const error = refusal(broken());
    expect(error.file).toBe(file);
    expect(error.message).toContain(expected.message);
    expect(error.line).toBe(expected.line);
    expect(error.column).toBe(expected.column);
  });
});
