import type { DraftMunicipality, TypologyCheck } from '../../src/lib/figures/dataset-schema.ts';
import {
  calibrate,
  calibratedSlots,
  flatRange,
  leaveOneOut,
  namedExtreme,
  namedSamples,
  sensitivity,
  withThreshold,
  type Sample,
} from '../../src/lib/evidence/calibration.ts';
import { FIXED_FACTS } from '../../src/lib/evidence/certainty.ts';
import { BASELINES, heldOutTypes } from '../../src/lib/evidence/baselines.ts';
import { heldOutTally } from '../../src/lib/evidence/held-out.ts';
import type { Measurements } from '../../src/lib/typology/metrics.ts';
import { NAMED_GROUP, sensitivityGroups } from '../../src/lib/evidence/sensitivity-groups.ts';
import { HALF_POINT, homogeneousRange } from '../../src/lib/evidence/whole-percents.ts';
import { firstHolding } from '../../src/lib/typology/classify.ts';
import { RULES, type Rule } from '../../src/lib/typology/rules.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';
import type { Inputs } from './read-inputs.ts';
import type { TypedYear } from './type-year.ts';

/** How well the typology holds up, and the other rule sets that fit the named municipalities about as well. */
export interface TypologyResult {
  check: Omit<TypologyCheck, 'certainty'>;
  /** The leave-one-out rule sets and, per calibrated threshold, the rules with it at either end of its flat range. */
  alternatives: Rule[][];
}

/**
 * Step 6, how well the typology holds up: agreement with the named list when each named
 * municipality is left out of setting the thresholds in turn (overall, with its 95% interval, and
 * per type); where each threshold comes from and, for a calibrated one, how far the data leave it
 * free; how many municipalities change type when a threshold moves a step; and how many people the
 * WRR's year's rounding allows in homogeneous municipalities, beside the WRR's own count.
 */
export function checkTypology(
  inputs: Inputs,
  years: readonly TypedYear[],
  municipalities: readonly DraftMunicipality[],
): TypologyResult {
  const { reference } = inputs;
  const year = years.find((y) => y.year === reference.year)!;
  const samples = namedSamples(year.municipalities);
  const groups: Record<string, Measurements[]> = Object.fromEntries(
    sensitivityGroups(years.map((y) => y.year)).map(({ key }) => [
      key,
      key === NAMED_GROUP
        ? samples.map((s) => s.measurements)
        : municipalities.map((m) => m.years[key]!.typing.measurements),
    ]),
  );
  const { ruleSets, ...heldOut } = leaveOneOut(samples, year.national.shares, RULES);
  const named = samples.map((s) => s.named);
  const given = samples.map((s) => heldOut.misses.find((m) => m.code === s.code)?.derived ?? s.named);
  // The simple methods see the same named municipalities, in the same order, with their shares.
  const inputsOf = year.municipalities.flatMap((m) =>
    m.typing.named
      ? [{ code: m.code, named: m.typing.named, shares: m.figures.shares, measurements: m.typing.measurements }]
      : [],
  );
  const ends = calibratedSlots(RULES).flatMap((slot) => {
    const { from, to } = flatRange(samples, RULES, slot);
    return [from, to].map((value) => withThreshold(RULES, slot, value));
  });
  const alternatives = [...ruleSets, ...ends].map((rules) => withFixedFacts(rules, RULES));
  return {
    check: {
      leaveOneOut: { ...heldOut, ...heldOutTally(named, given) },
      baselines: BASELINES.map((method) => ({ method, ...heldOutTally(named, heldOutTypes(method, inputsOf)) })),
      orderTried: orderTried(samples, year, municipalities),
      thresholds: thresholdOrigins(samples),
      sensitivity: sensitivity(RULES, groups),
      homogeneous: homogeneousCount(inputs, year),
    },
    alternatives,
  };
}

/**
 * A rule set with every threshold on a fixed fact (inhabitants, border distance, bordering a big
 * city) as in the table: another rule set may only move thresholds on shares and ratios, so that
 * no fact about a municipality's place or size ever opens its type.
 */
export function withFixedFacts(rules: readonly Rule[], table: readonly Rule[]): Rule[] {
  return rules.map((rule, r) => ({
    ...rule,
    conditions: rule.conditions.map((c, i) =>
      FIXED_FACTS.has(c.metric) ? { ...c, threshold: table[r]!.conditions[i]!.threshold } : c,
    ),
  }));
}

/**
 * The rules in the order in which the WRR describes the types, calibrated and tested leave-one-out
 * like the table's own, and which of today's municipalities they type otherwise in the WRR's year:
 * an order that was tried and not adopted, reported so that a reader can weigh the choice.
 */
function orderTried(
  samples: readonly Sample[],
  year: TypedYear,
  municipalities: readonly DraftMunicipality[],
): TypologyCheck['orderTried'] {
  const order = [...TYPE_SLUGS];
  const reordered = [...RULES].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  const { agreeing, total } = leaveOneOut(samples, year.national.shares, reordered);
  const tried = calibrate(samples, year.national.shares, reordered).rules;
  const changed = municipalities.flatMap(({ code, name, years }) => {
    const { measurements } = years[String(year.year)]!.typing;
    const [from, to] = [firstHolding(measurements, RULES), firstHolding(measurements, tried)];
    return from === to ? [] : [{ code, name, from, to }];
  });
  return { order, agreeing, total, changed };
}

/** Every threshold in rule order: where it comes from, the examples it is set at, and how free the data leave it. */
function thresholdOrigins(samples: readonly Sample[]): TypologyCheck['thresholds'] {
  const calibrated = calibratedSlots(RULES);
  return RULES.flatMap((rule, r) =>
    rule.conditions.map((condition, i) => {
      const { metric, comparison, threshold, origin } = condition;
      const slot = calibrated.find((s) => s.rule === r && s.condition === i);
      const setAt = origin.kind === 'named' ? namedExtreme(samples, rule, condition) : undefined;
      return {
        type: rule.type,
        metric,
        comparison,
        threshold,
        origin: origin.kind,
        ...(setAt ? { setAt } : {}),
        ...(slot ? { flat: flatRange(samples, RULES, slot) } : {}),
      };
    }),
  );
}

/** People in homogeneous municipalities in the WRR's year: the rules' count and the range the rounding allows. */
function homogeneousCount(inputs: Inputs, year: TypedYear): TypologyCheck['homogeneous'] {
  const { reference } = inputs;
  const rounded = inputs.statistics.find((s) => s.source.year === reference.year)!.source.unit === 'percent';
  const published = year.municipalities.map((m) => ({
    inhabitants: m.figures.inhabitants,
    western: m.figures.shares.western,
    nonWestern: m.figures.shares.nonWestern,
  }));
  const homogeneous = year.municipalities.filter((m) => m.typing.derived === 'homogeen');
  // The WRR's limit is the homogeneous rule's threshold: one number, in the rule table.
  const limit = RULES.find((r) => r.type === 'homogeen')!.conditions[0]!.threshold;
  return {
    year: reference.year,
    limit,
    rounded,
    ...homogeneousRange(published, limit, rounded ? HALF_POINT : 0),
    derived: {
      municipalities: homogeneous.length,
      inhabitants: homogeneous.reduce((sum, m) => sum + m.figures.inhabitants, 0),
    },
    total: year.national.inhabitants,
    wrr: reference.homogeneous,
  };
}
