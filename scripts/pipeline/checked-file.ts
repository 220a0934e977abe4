import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../../src/lib/checks/input-error.ts';

/** A file's size and SHA-256, as the sources manifest records them. */
export interface Checksum {
  sha256: string;
  bytes: number;
}

/** The size and SHA-256 (hex) of some bytes. */
export function checksumOf(bytes: Uint8Array): Checksum {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes a file's bytes as UTF-8, or throws an InputError naming the first line that is not
 * UTF-8 and what to do. A byte-order mark is accepted and dropped. Spreadsheets on Windows often
 * save Latin-1, Windows-1252 or UTF-16 ("Unicode text"), which would otherwise garble names such
 * as Súdwest-Fryslân without a word.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'the file is UTF-16 (as a spreadsheet saves "Unicode text"); save it as UTF-8', {
      line: 1,
    });
  }
  try {
    return strict.decode(bytes);
  } catch {
    // Find the first line that does not decode, and the character where it goes wrong.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end < 0 ? bytes.length : end + 1);
      try {
        strict.decode(slice);
      } catch {
        const column = lenient.decode(slice).indexOf('\uFFFD') + 1;
        throw new InputError(
          file,
          'not UTF-8 (the file looks like Latin-1 or Windows-1252, as some spreadsheets save it); save it as UTF-8',
          { line, column: column > 0 ? column : 1 },
        );
      }
      if (end < 0) break;
      start = end + 1;
    }
    throw new InputError(file, 'not UTF-8; save it as UTF-8');
  }
}

/** Reads a text file strictly as UTF-8 (see decodeUtf8); a missing file is an InputError too. */
export async function readText(path: string, missingHint = 'file not found'): Promise<string> {
  return decodeUtf8(await readBytes(path, missingHint), path);
}

/**
 * Reads an input file that the sources manifest describes: its size and SHA-256 must be what the
 * manifest records, so that every build uses exactly the shipped data; then decodes it as UTF-8.
 */
export async function readVerified(path: string, expected: Checksum, manifestPath: string): Promise<string> {
  const bytes = await readBytes(path, `file not found; the sources manifest (${manifestPath}) lists it`);
  const actual = checksumOf(bytes);
  if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
    throw new InputError(
      path,
      `this is not the file ${manifestPath} describes: expected ${expected.bytes} bytes with SHA-256 ${expected.sha256}, ` +
        `found ${actual.bytes} bytes with SHA-256 ${actual.sha256}. Restore the shipped file (git checkout -- ${path}), ` +
        `or get a checked new version with \`npm run data:refresh -- --write\`.`,
    );
  }
  return decodeUtf8(bytes, path);
}

async function readBytes(path: string, missingHint: string): Promise<Uint8Array> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    throw new InputError(path, missingHint);
  });
}
