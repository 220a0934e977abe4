import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes every output file into a fresh sibling directory, then swaps it in for the output
 * directory: readers see either all of the old outputs or all of the new, never a mix, and a run
 * that fails half-way leaves the previous outputs untouched.
 */
export async function writeAllOrNothing(outDir: string, files: Record<string, string>): Promise<void> {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [name, content] of Object.entries(files)) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    await mkdir(dirname(outDir), { recursive: true });
    const hadPrevious = await rename(outDir, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(staging, outDir);
    } catch (error) {
      // Put the previous outputs back rather than leave none.
      if (hadPrevious) await rename(previous, outDir);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
