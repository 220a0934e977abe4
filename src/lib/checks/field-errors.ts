import leven from 'leven';
import type { core } from 'zod';
import { normalizeName } from '../words/names.ts';
import { TYPE_SLUGS } from '../typology/wrr-types.ts';

/**
 * Messages for refused input files (practice examples, type descriptions, the reference list,
 * aliases): each names what would be accepted and quotes the value found, so whoever typed it
 * sees what is wrong without guessing. The field itself comes from the issue's path.
 */

/** How a value found in a file reads in a message: text quoted, a missing value as "nothing". */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A zod error function: "expected <what>, found <value>"; `what` may depend on the value found. */
export function expecting(what: string | ((input: unknown) => string)) {
  return (issue: core.$ZodRawIssue): string => {
    if (issue.code === 'unrecognized_keys') {
      return `expected ${typeof what === 'string' ? what : what(issue.input)}, found ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    return `expected ${typeof what === 'string' ? what : what(issue.input)}, found ${shownValue(issue.input)}`;
  };
}

/** "one of a, b or c": a short list of what is accepted. */
export function oneOf(values: readonly string[]): string {
  return values.length === 1 ? values[0]! : `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** What a type field accepts: "one of the nine type slugs: meerderheid-minderheid, …". */
export const TYPE_SLUG_EXPECTED = `one of the nine type slugs: ${TYPE_SLUGS.join(', ')}`;

/** A municipality as a message names it: its code and name. */
export interface NamedCode {
  code: string;
  name: string;
}

/**
 * The municipalities nearest to what was typed: by edit distance of the code when it looks like
 * one (GM0999 for GM9999), else of the name (a name typed where a code belongs), nearest first.
 */
export function closestMunicipalities(input: unknown, known: readonly NamedCode[], count = 3): NamedCode[] {
  const text = typeof input === 'string' ? input.trim() : String(input);
  const byCode = /^gm\d+$/i.test(text);
  const wanted = byCode ? text.toUpperCase() : normalizeName(text);
  const distance = (m: NamedCode) => leven(wanted, byCode ? m.code : normalizeName(m.name));
  return [...known]
    .map((m) => ({ m, d: distance(m) }))
    .sort((a, b) => a.d - b.d || a.m.code.localeCompare(b.m.code))
    .slice(0, count)
    .map(({ m }) => m);
}

/**
 * What to use instead of an unknown municipality code: "the code of one of today's 342
 * municipalities (closest: GM0999 (Name), …)"; `among` names the set when it is not today's.
 */
export function municipalityCodeExpected(
  input: unknown,
  known: readonly NamedCode[],
  among = `today's ${known.length} municipalities`,
): string {
  const closest = closestMunicipalities(input, known).map((m) => `${m.code} (${m.name})`);
  return `the code of one of ${among} (closest: ${closest.join(', ')})`;
}
