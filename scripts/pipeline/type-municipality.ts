import type { Typing } from '../../src/lib/dataset.ts';
import type { ClassifierContext, ClassifierInput } from '../../src/lib/metrics.ts';
import { typingOf } from '../../src/lib/typing.ts';
import type { TypeSlug } from '../../src/lib/typology.ts';
import { InputError } from './input-error.ts';

/** Where the figures of a municipality came from, for error messages. */
export interface Origin {
  code: string;
  name: string;
  file: string;
  line?: number;
}

/**
 * Types one municipality in one year. A figure the classifier lacks stops the build with the
 * municipality and its file (and line) named; no default is ever assumed.
 */
export function typeMunicipality(
  origin: Origin,
  input: ClassifierInput,
  context: ClassifierContext,
  named: TypeSlug | null,
): Typing {
  try {
    return typingOf(input, context, named);
  } catch (error) {
    const at = origin.line === undefined ? {} : { line: origin.line };
    throw new InputError(origin.file, `${origin.code} (${origin.name}): ${(error as Error).message}`, at);
  }
}
