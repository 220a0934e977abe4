import type { BaseTyping } from '../../src/lib/figures/dataset-schema.ts';
import type { ClassifierContext, ClassifierInput } from '../../src/lib/typology/metrics.ts';
import { assignType } from '../../src/lib/typology/assign-type.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import type { NamedType } from './reference.ts';

/** Which municipality is being typed, and where its figures come from, for error messages. */
export interface Place {
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
  place: Place,
  input: ClassifierInput,
  context: ClassifierContext,
  named: NamedType | null,
): BaseTyping {
  try {
    return assignType(input, context, named);
  } catch (error) {
    const at = place.line === undefined ? {} : { line: place.line };
    throw new InputError(place.file, `${place.code} (${place.name}): ${(error as Error).message}`, at);
  }
}
