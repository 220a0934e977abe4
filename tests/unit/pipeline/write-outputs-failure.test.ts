import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Make the swap itself fail: the rename of the staging folder onto the output folder.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: vi.fn(async (from: string, to: string) => {
      if (String(from).includes('.staging-') && process.env['FAIL_SWAP'] === '1') throw new Error('disk full');
      return original.rename(from, to);
    }),
  };
});

const { writeAllOrNothing } = await import('../../../scripts/pipeline/write-outputs.ts');

describe('writeAllOrNothing when the swap fails', () => {
  it('puts the previous outputs back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vik-swap-')), 'data');
    await writeAllOrNothing(out, { 'a.json': 'old' });
    process.env['FAIL_SWAP'] = '1';
    await expect(writeAllOrNothing(out, { 'a.json': 'new' })).rejects.toThrow('disk full');
    delete process.env['FAIL_SWAP'];
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });
});
