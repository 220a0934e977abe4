import { describe, expect, it } from 'vitest';
import { boundaryYears } from '../../../scripts/pipeline/boundary-years.ts';
import { checkTypology } from '../../../scripts/pipeline/check-typology.ts';
import { naturalEarthBorder } from '../../../scripts/pipeline/geography.ts';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readInputs } from '../../../scripts/pipeline/read-inputs.ts';
import { sumOntoToday } from '../../../scripts/pipeline/sum-onto-today.ts';
import { todaysMap } from '../../../scripts/pipeline/todays-map.ts';
import { typeYear } from '../../../scripts/pipeline/type-year.ts';
import {
  agreementWith,
  calibratedSlots,
  gridOf,
  namedSamples,
  withThreshold,
} from '../../../src/lib/evidence/calibration.ts';
import { FIXED_FACTS } from '../../../src/lib/evidence/certainty.ts';
import { firstHolding } from '../../../src/lib/typology/classify.ts';
import { METRICS } from '../../../src/lib/typology/metrics.ts';
import { RULES } from '../../../src/lib/typology/rules.ts';
import { former } from '../../helpers/dataset.ts';

/** The other rule sets the certainty test uses, made from the real data as the pipeline makes them. */
describe('the other rule sets that fit the named municipalities as well', async () => {
  const inputs = await readInputs(PROJECT_INPUTS);
  const border = await naturalEarthBorder();
  const today = todaysMap(inputs, border);
  const placed = boundaryYears(inputs, today, border);
  const years = inputs.statistics.flatMap((s) =>
    s.model === 'migratieachtergrond' ? [typeYear(s, inputs, today, placed)] : [],
  );
  const { alternatives } = checkTypology(inputs, years, sumOntoToday(today, years, [], inputs.aliases));
  const samples = namedSamples(years.find((y) => y.year === inputs.reference.year)!.municipalities);

  it('never move a threshold on a fixed fact: no border distance, inhabitants or big city opens a type', () => {
    expect(alternatives.length).toBeGreaterThan(samples.length);
    for (const rules of alternatives) {
      rules.forEach((rule, r) =>
        rule.conditions.forEach((c, i) => {
          if (FIXED_FACTS.has(c.metric)) expect(c.threshold).toBe(RULES[r]!.conditions[i]!.threshold);
        }),
      );
    }
  });

  it('a border municipality keeps its type under every rule set that differs only in border distance', () => {
    const onBorder = former.filter((m) => m.geography.borderDistanceKm === 0 && m.typing.derived === 'grens');
    expect(onBorder.length).toBeGreaterThan(0);
    for (const m of onBorder) expect(m.typing.openTo.rules).not.toContain('tuinbouw');
  });

  it('sit at an end of a search grid only where the measurement ends (0, or 100% for a share) and fits as well there', () => {
    for (const rules of alternatives) {
      for (const slot of calibratedSlots(RULES)) {
        const value = rules[slot.rule]!.conditions[slot.condition]!.threshold;
        const grid = gridOf(slot.metric, slot.search);
        if (value !== grid[0] && value !== grid.at(-1)) continue;
        const domainEnd = value === 0 || (METRICS[slot.metric].unit === 'share' && value === 1);
        expect(domainEnd, `${RULES[slot.rule]!.type} ${slot.metric} at ${value}`).toBe(true);
      }
    }
  });

  it('each end of a flat range fits the named municipalities exactly as well as the table', () => {
    const table = agreementWith(samples, RULES);
    const ends = alternatives.slice(samples.length);
    expect(ends).toHaveLength(2 * calibratedSlots(RULES).length);
    for (const rules of ends) expect(agreementWith(samples, rules)).toBe(table);
    // ...and one step beyond an end that is not the end of the measurement fits worse.
    for (const slot of calibratedSlots(RULES)) {
      const step = METRICS[slot.metric].step;
      const values = ends.map((r) => r[slot.rule]!.conditions[slot.condition]!.threshold);
      const beyond = [Math.min(...values) - step, Math.max(...values) + step].filter((v) => v >= 0 && v <= 10);
      for (const v of beyond) expect(agreementWith(samples, withThreshold(RULES, slot, v))).toBeLessThan(table);
    }
  });

  it('Amstelveen 2015 is not open as a suburb, and Rijswijk 2017 not as an expat municipality', () => {
    const typing = (year: number, code: string) => former.find((m) => m.year === year && m.code === code)!.typing;
    const amstelveen = typing(2015, 'GM0362');
    expect(amstelveen.derived).toBe('expat');
    expect([...amstelveen.openTo.rounding, ...amstelveen.openTo.rules]).not.toContain('voorstad');
    const rijswijk = typing(2017, 'GM0603');
    expect(rijswijk.openTo.rounding).not.toContain('expat');
    expect(firstHolding(rijswijk.measurements, RULES)).toBe(rijswijk.derived);
  });
});
