import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readBoundaries } from '../../../scripts/pipeline/read-boundaries.ts';
import { exampleSchema } from '../../../src/lib/examples/example-schema.ts';

/**
 * The content corpus: each folder in tests/bad-content holds a practice example with one mistake,
 * as an editor might type it, and case.json with the field the build must name, the value it must
 * quote and what it must say would be accepted. Today's municipalities are those of the shipped
 * newest boundary file, so the suggested codes are real ones.
 */
const CORPUS = 'tests/bad-content';
interface Case {
  description: string;
  expect: { path: string; found: string; accepted: string };
}
const cases = readdirSync(CORPUS).map((name) => ({
  name,
  ...(JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case),
  text: readFileSync(join(CORPUS, name, 'voorbeeld.md'), 'utf8'),
}));
const todayFile = 'data/sources/geo/gemeente_2026.topojson';
const today = readBoundaries(readFileSync(todayFile, 'utf8'), todayFile, 'gemeente').areas.map((a) => a.properties);
const schema = exampleSchema(today);

describe('a wrong practice example is refused naming the field, the value found and what is accepted', () => {
  it('has a case for each kind of field', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$name: $description', ({ text, expect: expected }) => {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;
    const result = schema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === expected.path);
    expect(issue, result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toBeDefined();
    expect(issue!.message).toContain(expected.found);
    expect(issue!.message).toContain(expected.accepted);
  });
});
