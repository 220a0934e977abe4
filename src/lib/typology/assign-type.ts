import { classify } from './classify.ts';
import type { BaseTyping } from '../figures/dataset-schema.ts';
import { measure, type ClassifierContext, type ClassifierInput } from './metrics.ts';
import type { NamedBy } from './named-by.ts';
import { roundTo } from '../figures/round.ts';
import type { TypeSlug } from './wrr-types.ts';

/**
 * The type of one municipality in one year: derived by the rules, and where a source names the
 * municipality, shown as that source's (the derived type is kept beside it for comparison). How
 * sure the derived type is comes later, once the other rule sets are known (see certainty.ts).
 */
export function assignType(
  input: ClassifierInput,
  context: ClassifierContext,
  named: { type: TypeSlug; by: NamedBy } | null,
): BaseTyping {
  const { group, ...measurements } = measure(input, context);
  const result = classify(measurements);
  return {
    type: named?.type ?? result.type,
    basis: named ? 'genoemd' : 'afgeleid',
    derived: result.type,
    named: named?.type ?? null,
    namedBy: named?.by ?? null,
    runnerUp: result.runnerUp,
    pivotRule: result.pivotRule,
    pivots: result.pivots.map((p) => p.metric),
    margin: roundTo(result.margin, 3),
    group,
    measurements,
  };
}
