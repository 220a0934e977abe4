import { describe, expect, it } from 'vitest';
import { typesUnderOtherRules, typesWithinRounding } from '../../../src/lib/certainty.ts';
import { firstHolding } from '../../../src/lib/classify.ts';
import { measure, type ClassifierInput } from '../../../src/lib/metrics.ts';
import type { GroupValues } from '../../../src/lib/migration-groups.ts';
import { RULES, type Rule } from '../../../src/lib/rules.ts';

const national = {
  dutch: 0.785,
  western: 0.096,
  nonWestern: 0.121,
  moroccan: 0.023,
  antillean: 0.009,
  surinamese: 0.021,
  turkish: 0.023,
  otherNonWestern: 0.045,
} satisfies GroupValues;
const context = { nationalShares: national };

/** A municipality with whole-percent shares: Western, non-Western, and the five groups. */
function place(percent: Partial<Record<keyof GroupValues, number>>, where: Partial<ClassifierInput> = {}) {
  const p = {
    western: 3,
    nonWestern: 2,
    moroccan: 0,
    antillean: 0,
    surinamese: 0,
    turkish: 1,
    otherNonWestern: 1,
    ...percent,
  };
  const shares = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v / 100])) as GroupValues;
  shares.dutch = 1 - shares.western - shares.nonWestern;
  const input: ClassifierInput = {
    inhabitants: 20_000,
    shares,
    borderDistanceKm: 40,
    bigCityNeighbours: [],
    ...where,
  };
  return { input, type: firstHolding(measure(input, context), RULES) };
}

describe('a type within the rounding of whole percentages', () => {
  it('is settled when every share could be half a point off and the type stays', () => {
    const { input, type } = place({ western: 3, nonWestern: 2 });
    expect(type).toBe('homogeen');
    expect(typesWithinRounding(input, context, RULES, type)).toEqual([]);
  });

  it('opens when a share inside ±0.5 point crosses a threshold: 90% Dutch could be 90.4%', () => {
    // Western 6% + non-Western 4%: exactly 90% Dutch, not "more than 90%", so not homogeneous.
    const { input, type } = place({ western: 6, nonWestern: 4, otherNonWestern: 3 });
    expect(type).not.toBe('homogeen');
    expect(typesWithinRounding(input, context, RULES, type)).toContain('homogeen');
  });

  it('is not opened by the border distance: a municipality on the border stays on it', () => {
    const { input, type } = place(
      { western: 30, nonWestern: 5, otherNonWestern: 3 },
      { borderDistanceKm: 0, inhabitants: 9000 },
    );
    expect(type).toBe('grens');
    expect(typesWithinRounding(input, context, RULES, type)).toEqual([]);
  });

  it('with exact counts (no rounding), nothing opens', () => {
    const { input, type } = place({ western: 6, nonWestern: 4, otherNonWestern: 3 });
    expect(typesWithinRounding(input, context, RULES, type, 0)).toEqual([]);
  });
});

describe('a type under other rule sets', () => {
  const { input, type } = place({ western: 6, nonWestern: 4, otherNonWestern: 3 });
  const measurements = measure(input, context);
  const stricter: Rule[] = RULES.map((r) =>
    r.type === 'homogeen' ? { ...r, conditions: [{ ...r.conditions[0]!, threshold: 0.89 }] } : r,
  );

  it('lists the types another rule set gives, and not the type itself', () => {
    expect(typesUnderOtherRules(measurements, type, [RULES, stricter])).toEqual(['homogeen']);
    expect(typesUnderOtherRules(measurements, type, [RULES])).toEqual([]);
  });

  // Calibration lets horticulture's "more than X km from the border" range from 0 to 10 km.
  const borderLimits = [0, 1, 5, 10].map((km) =>
    RULES.map((r) =>
      r.type === 'tuinbouw'
        ? {
            ...r,
            conditions: r.conditions.map((c) => (c.metric === 'borderDistanceKm' ? { ...c, threshold: km } : c)),
          }
        : r,
    ),
  );
  const westernWorkers = { western: 12, nonWestern: 4, otherNonWestern: 2 };

  it('is never opened on the border (0 km): no limit on the border distance moves it', () => {
    const { input, type } = place(westernWorkers, { borderDistanceKm: 0 });
    expect(type).toBe('grens');
    expect(typesUnderOtherRules(measure(input, context), type, borderLimits)).toEqual([]);
  });

  it('opens a few kilometres inland, where the limit decides', () => {
    const { input, type } = place(westernWorkers, { borderDistanceKm: 3 });
    expect(type).toBe('tuinbouw');
    expect(typesUnderOtherRules(measure(input, context), type, borderLimits)).not.toEqual([]);
  });
});
