import { describe, expect, it } from 'vitest';
import type { FormerMunicipality, Meta, Municipality } from '../../src/lib/dataset.ts';
import { classify, shiftAcross } from '../../src/lib/classify.ts';
import { explain } from '../../src/lib/explain.ts';
import { RULES } from '../../src/lib/rules.ts';
import { TYPE_SLUGS } from '../../src/lib/wrr-types.ts';
import { runOnRealData } from '../helpers/fixture.ts';

describe('the typology on the real data', async () => {
  const result = await runOnRealData();
  const former = JSON.parse(result.files['former-municipalities.json']!) as FormerMunicipality[];
  const current = JSON.parse(result.files['municipalities.json']!) as Municipality[];
  const meta = JSON.parse(result.files['meta.json']!) as Meta;
  const in2015 = former.filter((m) => m.year === 2015);

  it('agrees with at least 90% of the municipalities the WRR names, without looking at the list', () => {
    const named = in2015.filter((m) => m.typing.named !== null);
    expect(named).toHaveLength(55);
    const agreeing = named.filter((m) => m.typing.derived === m.typing.named).length;
    expect(agreeing / named.length).toBeGreaterThanOrEqual(0.9);
    expect(meta.agreement).toMatchObject({ total: 55, agreeing });
  });

  it('2015: homogeneous municipalities hold within 10% of the 3.2 million people the WRR counts', () => {
    const inhabitants = in2015
      .filter((m) => m.typing.derived === 'homogeen')
      .reduce((sum, m) => sum + m.figures.inhabitants, 0);
    expect(Math.abs(inhabitants / 3_200_000 - 1)).toBeLessThanOrEqual(0.1);
  });

  it('2015: Amsterdam, Rotterdam and Den Haag are the only majority-minority cities', () => {
    const cities = in2015.filter((m) => m.typing.derived === 'meerderheid-minderheid').map((m) => m.code);
    expect(cities.sort()).toEqual(['GM0363', 'GM0518', 'GM0599']);
  });

  it('every municipality of every year, and of today, has exactly one type and at least one reason', () => {
    const typings = [
      ...former.map((m) => m.typing),
      ...current.flatMap((m) => Object.values(m.years).map((y) => y.typing)),
    ];
    const read = meta.report.years.reduce((sum, y) => sum + y.read, 0);
    expect(typings).toHaveLength(read + current.length * meta.years.length);
    for (const typing of typings) {
      expect(TYPE_SLUGS).toContain(typing.type);
      // One reason per test of the rule that gave the type; "gemiddeld" has one of its own.
      const tests = RULES.find((r) => r.type === typing.derived)!.conditions.length;
      expect(explain(typing).reasons).toHaveLength(Math.max(1, tests));
    }
  });

  it('the runner-up is the type the rules give after the decisive change, for every typing', () => {
    const typings = [
      ...former.map((m) => m.typing),
      ...current.flatMap((m) => Object.values(m.years).map((y) => y.typing)),
    ];
    for (const typing of typings) {
      const rule = RULES.find((r) => r.type === typing.pivotRule)!;
      const pivots = rule.conditions.filter((c) => typing.pivots.includes(c.metric));
      // Pivots of the winning rule are moved to fail; those of an earlier rule, to pass.
      const shifted = shiftAcross(typing.measurements, pivots, typing.pivotRule !== typing.derived);
      expect(classify(shifted).type).toBe(typing.runnerUp);
      expect(typing.runnerUp).not.toBe(typing.derived);
    }
  });

  it('a named municipality shows the WRR type and keeps the derived one beside it', () => {
    const hengelo = in2015.find((m) => m.code === 'GM0164')!;
    expect(hengelo.typing).toMatchObject({ type: 'gemiddeld', basis: 'genoemd', named: 'gemiddeld' });
    expect(hengelo.typing.derived).not.toBe('gemiddeld');
    // Today's Hengelo continues under the same code, so the WRR's naming carries over to 2015 on today's map.
    expect(current.find((m) => m.code === 'GM0164')!.years['2015']!.typing.basis).toBe('genoemd');
    // Zederik merged into Vijfheerenlanden: the new municipality's type is derived.
    const vijfheerenlanden = current.find((m) => m.years['2015']!.predecessors.some((p) => p.name === 'Zederik'))!;
    expect(vijfheerenlanden.years['2015']!.typing.basis).toBe('afgeleid');
  });
});
