import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../../src/lib/checks/input-error.ts';

/**
 * Parses JSON, or throws an InputError with the line and column of the first syntax error and
 * what was expected there. JSON.parse does not always say where; jsonc-parser (strict: no
 * comments, no trailing commas) does.
 */
export function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new InputError(file, 'the file is empty; expected JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const before = text.slice(0, first?.offset ?? text.length).split('\n');
    throw new InputError(file, `not valid JSON: ${first ? printParseErrorCode(first.error) : 'unreadable'}`, {
      line: before.length,
      column: before.at(-1)!.length + 1,
    });
  }
}
