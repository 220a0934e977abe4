import { describe, expect, it } from 'vitest';
import { typesUnderOtherRules, typesWithinRounding } from '../../../../src/lib/evidence/certainty.ts';
import { firstHolding } from '../../../../src/lib/typology/classify.ts';
import { measure, type ClassifierInput } from '../../../../src/lib/typology/metrics.ts';
import type { GroupValues } from '../../../../src/lib/figures/migration-groups.ts';
import { RULES, type Rule } from '../../../../src/lib/typology/rules.ts';

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
    expect(typesWithinRounding([input], input, context, RULES, type)).toEqual([]);
  });

  it('opens when a share inside ±0.5 point crosses a threshold: 90% Dutch could be 90.4%', () => {
    // Western 6% + non-Western 4%: exactly 90% Dutch, not "more than 90%", so not homogeneous.
    const { input, type } = place({ western: 6, nonWestern: 4, otherNonWestern: 3 });
    expect(type).not.toBe('homogeen');
    expect(typesWithinRounding([input], input, context, RULES, type)).toContain('homogeen');
  });

  it('is not opened by the border distance: a municipality on the border stays on it', () => {
    const { input, type } = place(
      { western: 30, nonWestern: 5, otherNonWestern: 3 },
      { borderDistanceKm: 0, inhabitants: 9000 },
    );
    expect(type).toBe('grens');
    expect(typesWithinRounding([input], input, context, RULES, type)).toEqual([]);
  });

  it('Amstelveen 2015 cannot be a suburb: the groups must add up to a non-Western share of at most 19.5%', () => {
    // As CBS published it: Western 19, non-Western 19, of which other non-Western 13 and the four
    // classic groups 1, 1, 3 and 1. Taken one by one, the classic groups could reach 8 of 39 points
    // (20.5%, above the suburb's 20%); but other non-Western is at least 12.5 of at most 19.5.
    const amstelveen = place(
      { western: 19, nonWestern: 19, otherNonWestern: 13, moroccan: 1, antillean: 1, surinamese: 3, turkish: 1 },
      { inhabitants: 87_162, bigCityNeighbours: ['GM0363'], borderDistanceKm: 82.5 },
    );
    expect(amstelveen.type).toBe('expat');
    expect(typesWithinRounding([amstelveen.input], amstelveen.input, context, RULES, amstelveen.type)).not.toContain(
      'voorstad',
    );
  });

  it('decides a share exactly on a threshold as the classifier measures it (Rijswijk 2017)', () => {
    const rijswijk = (otherNonWestern: number) =>
      place(
        { western: 15, nonWestern: 19, otherNonWestern, moroccan: 3, antillean: 1, surinamese: 4, turkish: 1 },
        { inhabitants: 51_027, bigCityNeighbours: ['GM0518'], borderDistanceKm: 60.6 },
      );
    // As published, the classic groups are at least 10 of at most 35 points: never "at most 20%".
    const published = rijswijk(8);
    expect(published.type).toBe('voorstad');
    expect(typesWithinRounding([published.input], published.input, context, RULES, published.type)).not.toContain(
      'expat',
    );
    // With other non-Western at 12, they can be 7 of 35 points: exactly 20%, which measure() gives
    // as 0.2 and so as an expat municipality; the test must find that corner, not lose it to
    // 7 / 35 computed as 0.20000000000000004.
    const onThreshold = rijswijk(12);
    const corner = { ...onThreshold.input.shares, western: 0.155, nonWestern: 0.195, otherNonWestern: 0.125 };
    Object.assign(corner, { moroccan: 0.025, antillean: 0.005, surinamese: 0.035, turkish: 0.005, dutch: 0.65 });
    expect(measure({ ...onThreshold.input, shares: corner }, context).classicShare).toBe(0.2);
    expect(firstHolding(measure({ ...onThreshold.input, shares: corner }, context), RULES)).toBe('expat');
    expect(typesWithinRounding([onThreshold.input], onThreshold.input, context, RULES, onThreshold.type)).toContain(
      'expat',
    );
  });

  it('with exact counts (no rounding), nothing opens', () => {
    const { input, type } = place({ western: 6, nonWestern: 4, otherNonWestern: 3 });
    expect(typesWithinRounding([input], input, context, RULES, type, 0)).toEqual([]);
  });
});

/** A small seeded generator, so that the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * The types found by trying points of the box: every combination of each varied share at five
 * levels across its rounding interval, and random points, keeping those where the five groups
 * add up to a non-Western share within its own interval.
 */
function bruteForce(
  parts: { inhabitants: number; shares: GroupValues }[],
  input: ClassifierInput,
  random: () => number,
) {
  const keys = ['western', 'moroccan', 'antillean', 'surinamese', 'turkish', 'otherNonWestern'] as const;
  const total = parts.reduce((sum, p) => sum + p.inhabitants, 0);
  const found = new Set<string>();
  const tryPoint = (pick: (value: number, part: number, key: number) => number) => {
    const values = parts.map((p, k) => keys.map((key, i) => pick(p.shares[key], k, i)));
    const nonWestern = values.map((v) => v.slice(1).reduce((a, b) => a + b, 0));
    if (parts.some((p, k) => Math.abs(nonWestern[k]! - p.shares.nonWestern) > 0.005 + 1e-12)) return;
    if (parts.some((_, k) => values[k]![0]! + nonWestern[k]! > 1)) return;
    const weighted = (f: (k: number) => number) => parts.reduce((sum, p, k) => sum + (p.inhabitants / total) * f(k), 0);
    const shares = Object.fromEntries(keys.map((key, i) => [key, weighted((k) => values[k]![i]!)])) as GroupValues;
    shares.nonWestern = weighted((k) => nonWestern[k]!);
    shares.dutch = 1 - shares.western - shares.nonWestern;
    found.add(firstHolding(measure({ ...input, shares }, context), RULES));
  };
  const level = (value: number, step: number) => Math.max(0, value - 0.005 + step * 0.0025);
  if (parts.length === 1) {
    for (let code = 0; code < 5 ** keys.length; code++) {
      tryPoint((value, _, i) => level(value, Math.floor(code / 5 ** i) % 5));
    }
  }
  for (let n = 0; n < 20_000; n++) tryPoint((value) => Math.max(0, value - 0.005 + random() * 0.01));
  return found;
}

describe('the rounding test against trying points', () => {
  const random = seeded(2015);
  const near = (value: number) => Math.max(0, value + Math.floor(random() * 3) - 1);
  // Municipalities around the thresholds of each rule, where the rounding decides most often.
  const scenarios: [Partial<Record<keyof GroupValues, number>>, Partial<ClassifierInput>][] = [
    [{ western: 6, nonWestern: 4, otherNonWestern: 2, turkish: 1, moroccan: 1 }, {}],
    [{ western: 12, nonWestern: 6, otherNonWestern: 4, turkish: 1, surinamese: 1 }, {}],
    [{ western: 8, nonWestern: 5, otherNonWestern: 3, turkish: 1, moroccan: 1 }, {}],
    [{ western: 10, nonWestern: 8, otherNonWestern: 3, turkish: 1, antillean: 2, surinamese: 2 }, {}],
    [{ western: 9, nonWestern: 12, otherNonWestern: 4, turkish: 5, moroccan: 2, surinamese: 1 }, {}],
    [
      { western: 14, nonWestern: 12, otherNonWestern: 7, turkish: 1, moroccan: 2, surinamese: 2 },
      { bigCityNeighbours: ['GM0363'] },
    ],
    [
      { western: 10, nonWestern: 8, otherNonWestern: 3, turkish: 2, moroccan: 2, surinamese: 1 },
      { borderDistanceKm: 0 },
    ],
    [
      { western: 11, nonWestern: 12, otherNonWestern: 5, turkish: 3, moroccan: 3, surinamese: 1 },
      { inhabitants: 120_000 },
    ],
  ];
  const cases = Array.from({ length: 32 }, (_, i) => {
    const [percent, where] = scenarios[i % scenarios.length]!;
    const varied = Object.fromEntries(Object.entries(percent).map(([key, value]) => [key, near(value)]));
    return place(varied, where);
  });
  const opened: number[] = [];

  it.each(cases.map((c, i) => [i, c] as const))('case %i: finds every type some point of the box has', (i, c) => {
    const found = typesWithinRounding([c.input], c.input, context, RULES, c.type);
    const tried = bruteForce([c.input], c.input, random);
    tried.delete(c.type);
    for (const t of tried) expect(found).toContain(t);
    if (found.length > 0) opened.push(i);
  });

  it('the cases are near enough to thresholds that many of them open', () => {
    expect(opened.length).toBeGreaterThanOrEqual(cases.length / 4);
  });

  it('finds every type of a municipality that is the sum of two, each within its own rounding', () => {
    const a = place({ western: 9, nonWestern: 6, otherNonWestern: 3, turkish: 2 }).input;
    const b = { ...place({ western: 7, nonWestern: 3, otherNonWestern: 2, turkish: 1 }).input, inhabitants: 10_000 };
    const total = a.inhabitants + b.inhabitants;
    const shares = Object.fromEntries(
      Object.keys(a.shares).map((k) => {
        const key = k as keyof GroupValues;
        return [key, (a.shares[key] * a.inhabitants + b.shares[key] * b.inhabitants) / total];
      }),
    ) as GroupValues;
    const whole = { ...a, inhabitants: total, shares };
    const type = firstHolding(measure(whole, context), RULES);
    const found = typesWithinRounding([a, b], whole, context, RULES, type);
    const tried = bruteForce([a, b], whole, random);
    tried.delete(type);
    for (const t of tried) expect(found).toContain(t);
    expect(found.length).toBeGreaterThan(0);
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
