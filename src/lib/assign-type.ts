import { classify } from './classify.ts';
import type { Typing } from './dataset.ts';
import { measure, type ClassifierContext, type ClassifierInput } from './metrics.ts';
import { roundTo } from './round.ts';
import type { TypeSlug } from './wrr-types.ts';

/**
 * The type of one municipality in one year: derived by the rules, and where the WRR names the
 * municipality, shown as the WRR's (the derived type is kept beside it for comparison).
 */
export function assignType(input: ClassifierInput, context: ClassifierContext, named: TypeSlug | null): Typing {
  const { group, ...measurements } = measure(input, context);
  const result = classify(measurements);
  return {
    type: named ?? result.type,
    basis: named ? 'genoemd' : 'afgeleid',
    derived: result.type,
    named,
    runnerUp: result.runnerUp,
    pivotRule: result.pivotRule,
    pivots: result.pivots.map((p) => p.metric),
    margin: roundTo(result.margin, 3),
    group,
    measurements,
  };
}
