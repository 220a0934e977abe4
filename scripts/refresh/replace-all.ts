import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RefreshError } from './http.ts';

/**
 * Replaces several files as one step: every new copy is written beside its original first, every
 * original is kept aside, and only then are the copies renamed over. A failure at any point puts
 * back every original already replaced, so the files are either all new or all as they were.
 */
export async function replaceAll(files: readonly [path: string, text: string][]): Promise<void> {
  const paths = files.map(([path]) => path);
  const cleanUp = () =>
    Promise.all(paths.flatMap((path) => [rm(`${path}.part`, { force: true }), rm(`${path}.kept`, { force: true })]));
  const replaced: string[] = [];
  let step = '';
  try {
    for (const [path, text] of files) {
      step = `could not write ${path}.part`;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.part`, text);
      step = `could not keep a copy of ${path}`;
      await copyFile(path, `${path}.kept`);
    }
    for (const path of paths) {
      step = `could not replace ${path}`;
      await rename(`${path}.part`, path);
      replaced.push(path);
    }
  } catch (error) {
    // Undo before reporting; a failure while undoing must not hide the first one.
    for (const path of replaced) await rename(`${path}.kept`, path).catch(() => undefined);
    await cleanUp().catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RefreshError(`${step} (${reason}); the shipped files are as they were`);
  }
  await cleanUp();
}
