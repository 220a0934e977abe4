import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Make one rename fail, as a file held open by another program does on some systems.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: vi.fn(async (from: string, to: string) => {
      if (String(to) === process.env['FAIL_RENAME_TO']) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return original.rename(from, to);
    }),
  };
});

const { replaceAll } = await import('../../../scripts/refresh/replace-all.ts');

describe('replaceAll', () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), 'vik-replace-'));
    for (const name of ['a.csv', 'b.csv', 'sources.json']) writeFileSync(join(root, name), `old ${name}`);
    return root;
  };
  const contents = (root: string) =>
    Object.fromEntries(readdirSync(root).map((name) => [name, readFileSync(join(root, name), 'utf8')]));

  it('replaces every file and leaves nothing beside them', async () => {
    const root = folder();
    await replaceAll([
      [join(root, 'a.csv'), 'new a'],
      [join(root, 'sources.json'), 'new manifest'],
    ]);
    expect(contents(root)).toEqual({ 'a.csv': 'new a', 'b.csv': 'old b.csv', 'sources.json': 'new manifest' });
  });

  it('puts back the files already replaced when a later one cannot be, and says so in one line', async () => {
    const root = folder();
    const before = contents(root);
    process.env['FAIL_RENAME_TO'] = join(root, 'sources.json');
    const error = await replaceAll([
      [join(root, 'a.csv'), 'new a'],
      [join(root, 'b.csv'), 'new b'],
      [join(root, 'sources.json'), 'new manifest'],
    ]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    delete process.env['FAIL_RENAME_TO'];
    expect(error?.message).toBe(
      `could not replace ${join(root, 'sources.json')} (EBUSY); the shipped files are as they were`,
    );
    expect(contents(root)).toEqual(before);
  });
});
