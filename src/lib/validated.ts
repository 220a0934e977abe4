import type { z } from 'zod';
import { InputError } from './input-error.ts';

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
