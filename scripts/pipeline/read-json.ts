import type { z } from 'zod';
import { validated } from '../../src/lib/checks/validated.ts';
import { parseJson } from './parse-json.ts';
import { readText } from './checked-file.ts';

/** Reads a JSON input file (strict UTF-8, located syntax errors) and checks it against a schema. */
export async function readJson<T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> {
  return validated(schema, parseJson(await readText(path), path), path);
}
