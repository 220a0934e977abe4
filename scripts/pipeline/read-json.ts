import type { z } from 'zod';
import { InputError } from './input-error.ts';
import { parseJson } from './parse-json.ts';
import { readText } from './read-input.ts';

/**
 * Checks parsed JSON against a zod schema; on failure throws one InputError that lists every
 * problem with its path ("statistics.0.year: expected int"), so a file is fixed in one go.
 */
export function validated<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new InputError(file, problems.join('; '));
}

/** Reads a JSON input file (strict UTF-8, located syntax errors) and checks it against a schema. */
export async function readJson<T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> {
  return validated(schema, parseJson(await readText(path), path), path);
}
