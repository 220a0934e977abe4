import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../../../scripts/pipeline/write-outputs.ts';

describe('writeAllOrNothing', () => {
  const parent = mkdtempSync(join(tmpdir(), 'vik-out-'));
  const out = join(parent, 'data');

  it('writes every file and replaces the previous outputs as a whole', async () => {
    await writeAllOrNothing(out, { 'a.json': '1', 'b.json': '2' });
    await writeAllOrNothing(out, { 'a.json': '3', 'nested/c.json': '4' });
    expect(readdirSync(out).sort()).toEqual(['a.json', 'nested']);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('3');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('leaves the previous outputs untouched when a file cannot be written', async () => {
    // A file and a folder of the same name cannot both exist: the second write fails.
    const failing = writeAllOrNothing(out, { 'x.json': 'new', 'x.json/y.json': 'new' });
    await expect(failing).rejects.toThrow();
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('3');
    expect(readdirSync(parent)).toEqual(['data']);
  });
});
