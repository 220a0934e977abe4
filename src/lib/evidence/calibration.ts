import { check, firstHolding, passes } from '../typology/classify.ts';
import type { Typing } from '../figures/dataset-schema.ts';
import { METRICS, type Measurements } from '../typology/metrics.ts';
import type { GroupValues } from '../figures/migration-groups.ts';
import { roundTo } from '../figures/round.ts';
import type { Comparison, Condition, NamedRounding, Rule, Search } from '../typology/rules.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/**
 * Calibration of the rules on the municipalities the VNG portfolio names as examples of the WRR's
 * types, as a program: every threshold set at a named municipality or calibrated is found again,
 * so that anyone can re-derive the table in rules.ts and re-check it when the data change.
 *
 * Set at a named municipality. The threshold is the value of the named example of the rule's type
 * that lies furthest towards it (the largest for "at most", the smallest for "at least"), rounded
 * as the table says: as it is, one step of the measurement further out, or to a whole hundred
 * thousand outwards. These are set first, then the calibrated ones are searched.
 *
 * The search. Each calibrated threshold has a grid: from `from` to `to` in steps of its
 * measurement (one percentage point, a quarter for ratios, one kilometre). It starts at the grid
 * value nearest to what the WRR's words point to (`towards`), or at the middle of the grid where
 * they point nowhere. Then, rule by rule in the order the rules are tried, all calibrated
 * thresholds of that rule are set together to the combination that agrees with the most named
 * municipalities, the others held fixed; rounds repeat until nothing changes. Ties go, threshold
 * by threshold in the rule's order, to the value nearest to `towards`, then to the simplest
 * number (fewest decimals), then to the smallest.
 */

/** A municipality the WRR names: its measurements in the WRR's year and the type it gives it. */
export interface Sample {
  code: string;
  name: string;
  measurements: Measurements;
  named: TypeSlug;
}

/** The municipalities of one year that the WRR names, as calibration samples. */
export function namedSamples(
  municipalities: readonly { code: string; name: string; typing: Pick<Typing, 'measurements' | 'named'> }[],
): Sample[] {
  return municipalities.flatMap(({ code, name, typing }) =>
    typing.named ? [{ code, name, measurements: typing.measurements, named: typing.named }] : [],
  );
}

/** Where a calibrated threshold sits in the rules. */
export interface Slot {
  rule: number;
  condition: number;
}

/** The calibrated thresholds of a set of rules, in rule order. */
export function calibratedSlots(rules: readonly Rule[]): (Slot & { search: Search; metric: Condition['metric'] })[] {
  return rules.flatMap((rule, r) =>
    rule.conditions.flatMap((c, i) =>
      c.origin.kind === 'calibrated' ? [{ rule: r, condition: i, search: c.origin.search, metric: c.metric }] : [],
    ),
  );
}

/** The thresholds set at a named municipality, in rule order. */
export function namedSlots(rules: readonly Rule[]): (Slot & { round: NamedRounding })[] {
  return rules.flatMap((rule, r) =>
    rule.conditions.flatMap((c, i) =>
      c.origin.kind === 'named' ? [{ rule: r, condition: i, round: c.origin.round }] : [],
    ),
  );
}

/** Where a threshold set at a named municipality comes from: the examples at the extreme, and their value. */
export interface SetAt {
  value: number;
  samples: { code: string; name: string }[];
}

/**
 * The value a threshold set at a named municipality takes from the samples: the extreme of the
 * named examples of the rule's type towards the threshold, and which examples have it. Undefined
 * when no sample has that type.
 */
export function namedExtreme(samples: readonly Sample[], rule: Rule, condition: Condition): SetAt | undefined {
  const own = samples.filter((s) => s.named === rule.type);
  if (own.length === 0) return undefined;
  const values = own.map((s) => s.measurements[condition.metric]);
  const value = loosens(condition.comparison) > 0 ? Math.max(...values) : Math.min(...values);
  const samplesAt = own.filter((s) => s.measurements[condition.metric] === value);
  return { value, samples: samplesAt.map(({ code, name }) => ({ code, name })) };
}

/** +1 where a larger threshold lets more municipalities pass ("at most"), −1 where a smaller one does. */
function loosens(comparison: Comparison): 1 | -1 {
  return comparison === 'atMost' || comparison === 'below' ? 1 : -1;
}

/** A value set at a named municipality, rounded outwards as the table says. */
export function roundedOutwards(value: number, condition: Condition, round: NamedRounding): number {
  const direction = loosens(condition.comparison);
  if (round === 'step-beyond') return roundTo(value + direction * METRICS[condition.metric].step, 6);
  if (round === 'hundred-thousand') return (direction > 0 ? Math.ceil : Math.floor)(value / 100_000) * 100_000;
  return value;
}

/** The rules with every threshold set at a named municipality taken from the samples. */
export function setAtNamed(samples: readonly Sample[], rules: readonly Rule[]): Rule[] {
  let current = [...rules];
  for (const slot of namedSlots(rules)) {
    const rule = current[slot.rule]!;
    const condition = rule.conditions[slot.condition]!;
    const extreme = namedExtreme(samples, rule, condition);
    // Without an example of the type left, the threshold stays as it is.
    if (extreme) current = withThreshold(current, slot, roundedOutwards(extreme.value, condition, slot.round));
  }
  return current;
}

/** The values a calibrated threshold is searched over. */
export function gridOf(metric: Condition['metric'], search: Search): number[] {
  const step = METRICS[metric].step;
  const count = Math.round((search.to - search.from) / step);
  return Array.from({ length: count + 1 }, (_, i) => roundTo(search.from + i * step, 6));
}

/** The value the WRR's words point to for a threshold, with the national shares of the WRR's year. */
export function anchorOf(search: Search, national: GroupValues): number | undefined {
  const { towards } = search;
  if (towards === undefined || typeof towards === 'number') return towards;
  return national[towards.national];
}

/** The rules with one threshold replaced. */
export function withThreshold(rules: readonly Rule[], slot: Slot, threshold: number): Rule[] {
  return rules.map((rule, r) =>
    r !== slot.rule
      ? rule
      : { ...rule, conditions: rule.conditions.map((c, i) => (i === slot.condition ? { ...c, threshold } : c)) },
  );
}

/** How many samples the rules give the WRR's type. */
export function agreementWith(samples: readonly Sample[], rules: readonly Rule[]): number {
  return samples.filter((s) => firstHolding(s.measurements, rules) === s.named).length;
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * Sets every threshold at its named municipality and finds every calibrated one from the samples
 * (see above). Returns the rules with those thresholds and how many samples they agree with.
 */
export function calibrate(
  samples: readonly Sample[],
  national: GroupValues,
  rules: readonly Rule[],
): { rules: Rule[]; agreeing: number } {
  const slots = calibratedSlots(rules);
  let current: Rule[] = setAtNamed(samples, rules);
  for (const slot of slots) {
    const grid = gridOf(slot.metric, slot.search);
    const target = anchorOf(slot.search, national) ?? (slot.search.from + slot.search.to) / 2;
    const start = grid.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best));
    current = withThreshold(current, slot, start);
  }
  const ruleIndexes = [...new Set(slots.map((s) => s.rule))];
  for (let round = 0; round < 50; round++) {
    let changed = false;
    for (const r of ruleIndexes) {
      const block = slots.filter((s) => s.rule === r);
      const best = bestCombination(samples, current, r, block, national);
      block.forEach((slot, i) => {
        if (current[r]!.conditions[slot.condition]!.threshold !== best[i]) changed = true;
        current = withThreshold(current, slot, best[i]!);
      });
    }
    if (!changed) return { rules: current, agreeing: agreementWith(samples, current) };
  }
  throw new Error('the calibration did not settle in 50 rounds');
}

/**
 * The best thresholds for the calibrated conditions of one rule, the rest held fixed. Each sample's
 * type only depends on those thresholds through that rule: an earlier rule that holds decides it
 * anyway, and otherwise the rule either holds or the first later rule that holds decides.
 */
function bestCombination(
  samples: readonly Sample[],
  rules: readonly Rule[],
  r: number,
  block: (Slot & { search: Search; metric: Condition['metric'] })[],
  national: GroupValues,
): number[] {
  const rule = rules[r]!;
  const free = new Set(block.map((s) => s.condition));
  const prepared = samples.map((s) => {
    const earlier = rules.slice(0, r).find((x) => x.conditions.every((c) => check(c, s.measurements).passed));
    const fixed = rule.conditions.every((c, i) => free.has(i) || check(c, s.measurements).passed);
    const later = firstHolding(s.measurements, rules.slice(r + 1));
    const values = block.map((slot) => s.measurements[slot.metric]);
    return { named: s.named, earlier: earlier?.type, fixed, later, values };
  });
  const conditions = block.map((slot) => rule.conditions[slot.condition]!);
  const grids = block.map((slot) => gridOf(slot.metric, slot.search));
  const anchors = block.map((slot) => anchorOf(slot.search, national));
  // Tie-break key, threshold by threshold: distance to the anchor, decimals, the value itself.
  const key = (combo: number[]) =>
    combo.flatMap((v, i) => [anchors[i] === undefined ? 0 : roundTo(Math.abs(v - anchors[i]), 9), decimals(v), v]);
  // Per sample, whether it gets its named type when the rule holds and when it does not; per
  // threshold and grid value, which samples pass that test: a combination then only adds up.
  const right = prepared.map((p) => ({
    holds: (p.earlier ?? rule.type) === p.named,
    fails: (p.earlier ?? p.later) === p.named,
  }));
  const passing = grids.map((grid, i) =>
    grid.map((v) => prepared.map((p) => passes(conditions[i]!.comparison, p.values[i]!, v))),
  );
  let best: { score: number; combo: number[]; key: number[] } | undefined;
  const walk = (i: number, holding: readonly boolean[], combo: number[]) => {
    if (i === grids.length) {
      const score = right.reduce((sum, r, j) => sum + ((holding[j] ? r.holds : r.fails) ? 1 : 0), 0);
      if (best && score < best.score) return;
      const k = key(combo);
      if (!best || score > best.score || lessThan(k, best.key)) best = { score, combo: [...combo], key: k };
      return;
    }
    grids[i]!.forEach((v, g) => {
      const pass = passing[i]![g]!;
      walk(
        i + 1,
        holding.map((h, j) => h && pass[j]!),
        [...combo, v],
      );
    });
  };
  walk(
    0,
    prepared.map((p) => p.fixed),
    [],
  );
  return best!.combo;
}

function lessThan(a: number[], b: number[]): boolean {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i >= 0 && a[i]! < b[i]!;
}

/** A named municipality the rules give another type when calibrated without it. */
export interface HeldOutMiss {
  code: string;
  name: string;
  named: TypeSlug;
  derived: TypeSlug;
}

/** How leave-one-out went: overall, per type the WRR's list gives, the misses, and the rule sets it made. */
export interface LeaveOneOut {
  agreeing: number;
  total: number;
  /** Per named type: how many of its examples the rules set without them still give that type. */
  byType: Partial<Record<TypeSlug, { agreeing: number; total: number }>>;
  misses: HeldOutMiss[];
  /** The rules set without each sample in turn: other rule sets that fit the list about as well. */
  ruleSets: Rule[][];
}

/**
 * Leave-one-out: for each sample, set and calibrate the thresholds on all the others and classify
 * it with them. How often that gives the named type is the agreement on municipalities the rules
 * were not set on.
 */
export function leaveOneOut(samples: readonly Sample[], national: GroupValues, rules: readonly Rule[]): LeaveOneOut {
  const misses: HeldOutMiss[] = [];
  const byType: LeaveOneOut['byType'] = {};
  const ruleSets = samples.map((held, i) => {
    const without = calibrate(
      samples.filter((_, j) => j !== i),
      national,
      rules,
    ).rules;
    const derived = firstHolding(held.measurements, without);
    const tally = (byType[held.named] ??= { agreeing: 0, total: 0 });
    tally.total += 1;
    if (derived === held.named) tally.agreeing += 1;
    else misses.push({ code: held.code, name: held.name, named: held.named, derived });
    return without;
  });
  return { agreeing: samples.length - misses.length, total: samples.length, byType, misses, ruleSets };
}

/**
 * The 95% Wilson score interval of a proportion `k` of `n`: where the true rate lies, given the
 * sample, more honestly than ± a normal error for small samples and rates near 0 or 1.
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return { low: (centre - spread) / scale, high: (centre + spread) / scale };
}

/** Where found thresholds differ from those of a table: "grens westernRatio: 1.3 in the table, 1.25 found". */
export function thresholdDifferences(found: readonly Rule[], table: readonly Rule[]): string[] {
  return [...namedSlots(table), ...calibratedSlots(table)].flatMap((slot) => {
    const inTable = table[slot.rule]!.conditions[slot.condition]!.threshold;
    const inFound = found[slot.rule]!.conditions[slot.condition]!.threshold;
    return inTable === inFound
      ? []
      : [
          `${table[slot.rule]!.type} ${table[slot.rule]!.conditions[slot.condition]!.metric}: ${inTable} in the table, ${inFound} found`,
        ];
  });
}

/**
 * The values of a calibrated threshold that agree with as many samples as the table's own, the
 * other thresholds as they are: the stretch of its grid around the table's value where the data
 * do not tell values apart, so that the tie-break of the search sets it. `atEnd` says where that
 * stretch reaches an end of the grid that is not an end of what the measurement can be (0, or
 * 100% for a share), and so may go on beyond it.
 */
export function flatRange(
  samples: readonly Sample[],
  rules: readonly Rule[],
  slot: Slot & { search: Search; metric: Condition['metric'] },
): { from: number; to: number; atEnd: boolean } {
  const grid = gridOf(slot.metric, slot.search);
  const score = (value: number) => agreementWith(samples, withThreshold(rules, slot, value));
  const here = rules[slot.rule]!.conditions[slot.condition]!.threshold;
  const best = score(here);
  let low = grid.findIndex((v) => v >= here);
  let high = low;
  while (low > 0 && score(grid[low - 1]!) === best) low--;
  while (high < grid.length - 1 && score(grid[high + 1]!) === best) high++;
  const [from, to] = [grid[low]!, grid[high]!];
  const cut =
    (low === 0 && from > 0) || (high === grid.length - 1 && !(METRICS[slot.metric].unit === 'share' && to >= 1));
  return { from, to, atEnd: cut };
}

/** How many municipalities change type when one threshold moves one step down or up. */
export interface ThresholdSensitivity {
  type: TypeSlug;
  metric: Condition['metric'];
  comparison: Condition['comparison'];
  threshold: number;
  step: number;
  /** Per group of municipalities (for example a year, or the named ones): how many change type. */
  down: Record<string, number>;
  up: Record<string, number>;
}

/**
 * For every threshold that can move (not the yes/no ones), how many of each group of
 * municipalities get another type when it moves one step (of its measurement) either way.
 */
export function sensitivity(
  rules: readonly Rule[],
  groups: Record<string, readonly Measurements[]>,
): ThresholdSensitivity[] {
  const before = Object.fromEntries(
    Object.entries(groups).map(([name, list]) => [name, list.map((m) => firstHolding(m, rules))]),
  );
  const changes = (moved: readonly Rule[]) =>
    Object.fromEntries(
      Object.entries(groups).map(([name, list]) => [
        name,
        list.filter((m, i) => firstHolding(m, moved) !== before[name]![i]).length,
      ]),
    );
  return rules.flatMap((rule, r) =>
    rule.conditions.flatMap((c, i) => {
      if (c.comparison === 'is') return [];
      const step = METRICS[c.metric].step;
      const move = (delta: number) =>
        changes(withThreshold(rules, { rule: r, condition: i }, roundTo(c.threshold + delta, 6)));
      const { metric, comparison, threshold } = c;
      return [{ type: rule.type, metric, comparison, threshold, step, down: move(-step), up: move(step) }];
    }),
  );
}
