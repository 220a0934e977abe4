import { z } from 'zod';
import { shownValue } from './field-errors.ts';
import { InputError } from './input-error.ts';

/** Zod's own English messages, which the schemas' own errors replace where they give one. */
const english = z.locales.en().localeError;

/**
 * Zod's message for an issue with the value found after it ("Invalid option: expected one of
 * …, found "stad""), so that a refusal quotes what the file holds; an unknown field is named.
 */
function withFound(issue: z.core.$ZodRawIssue): string {
  const base = english(issue);
  const message = typeof base === 'string' ? base : (base?.message ?? 'invalid');
  // Zod names an unknown field and a missing value ("received undefined") itself.
  const named = issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && issue.input === undefined);
  return named ? message : `${message}, found ${shownValue(issue.input)}`;
}

/**
 * Checks parsed JSON against a zod schema; on failure throws one InputError that lists every
 * problem with its path and the value found ("statistics.0.year: … found 20150"), so a file is
 * fixed in one go.
 */
export function validated<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(data, { error: withFound });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new InputError(file, problems.join('; '));
}
