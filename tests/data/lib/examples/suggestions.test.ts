import { describe, expect, it } from 'vitest';
import { inYear } from '../../../../src/lib/figures/in-year.ts';
import { alternativesOf } from '../../../../src/lib/typology/open-type.ts';
import { CANDIDATE_PEERS, groupHeading, suggestionGroups } from '../../../../src/lib/examples/suggestions.ts';
import { TYPE_SLUGS } from '../../../../src/lib/typology/wrr-types.ts';
import { today } from '../../../helpers/dataset.ts';

const years = Object.keys(today[0]!.years)
  .map(Number)
  .sort((a, b) => a - b);
const reference = years[0]!;
const latest = years.at(-1)!;
// One example per type, and one about every municipality's first neighbour in the list, so that
// "not about the municipality itself" is tested too.
const examples = TYPE_SLUGS.map((type, i) => ({ type, municipalities: [today[i]!.code] }));

describe('suggestionGroups', () => {
  const all = today.map((m) => ({ m, groups: suggestionGroups(m, today, examples, { reference, latest }) }));

  it('gives a group per type the municipality has or, in a twijfelgeval, could have; newest year first', () => {
    for (const { m, groups } of all) {
      const typesOf = (year: number) => {
        const { typing } = inYear(m, year);
        const open = typing.basis === 'afgeleid' ? alternativesOf(typing.openTo) : [];
        return TYPE_SLUGS.filter((t) => t === typing.type || open.includes(t));
      };
      const expected = [...typesOf(latest), ...typesOf(reference)];
      expect(new Set(groups.map((g) => g.type))).toEqual(new Set(expected));
      expect(groups[0]!.years).toContain(latest);
      for (const g of groups) expect(g.candidate).toBe(!g.shown);
    }
    expect(all.some(({ groups }) => groups.length === 1)).toBe(true);
    expect(all.some(({ groups }) => groups.some((g) => g.candidate))).toBe(true);
  });

  it('says a possible type as "if": Als Tiel een gemiddelde gemeente is', () => {
    expect(groupHeading({ type: 'gemiddeld', years: [2015], candidate: true }, 'Tiel')).toBe(
      'Als Tiel een gemiddelde gemeente is (2015)',
    );
    expect(groupHeading({ type: 'gemiddeld', years: [2015, 2022], candidate: false }, 'Tiel')).toBe(
      'Gemiddelde gemeente (2015 en 2022)',
    );
  });

  it('suggests only peers of the group’s type in the group’s year, never the municipality itself', () => {
    for (const { m, groups } of all)
      for (const group of groups)
        for (const peer of group.peers) {
          expect(inYear(peer, group.peerYear).typing.type).toBe(group.type);
          expect(peer.code).not.toBe(m.code);
        }
  });

  it('suggests only examples of the group’s type and none about the municipality itself', () => {
    for (const { m, groups } of all)
      for (const group of groups)
        for (const example of group.examples) {
          expect(example.type).toBe(group.type);
          expect(example.municipalities).not.toContain(m.code);
        }
  });

  it('lists the examples of a type shown, and links to those of a type the municipality only could be', () => {
    for (const { m, groups } of all)
      for (const g of groups) {
        const filed = examples.filter((e) => e.type === g.type && !e.municipalities.includes(m.code));
        expect(g.examples.length + g.more).toBe(filed.length);
        expect(g.shown ? g.more : g.examples.length).toBe(0);
        if (!g.shown) expect(g.peers.length).toBeLessThanOrEqual(CANDIDATE_PEERS);
      }
  });

  it('states the years each group stands for, oldest first: those shown with the type, or else those it could be', () => {
    for (const { m, groups } of all)
      for (const g of groups) {
        expect([[latest], [reference], [reference, latest]]).toContainEqual(g.years);
        const shownIn = [reference, latest].filter((y) => inYear(m, y).typing.type === g.type);
        if (g.shown) expect(g.years).toEqual(shownIn);
        else expect(shownIn).toEqual([]);
        expect(g.years).toContain(g.peerYear);
      }
    // Blaricum: a horticulture municipality in 2015 that could also be average; average in 2022.
    const blaricum = all.find(({ m }) => m.name === 'Blaricum')!;
    const headings = blaricum.groups.map((g) => groupHeading(g, 'Blaricum'));
    const shown2015 = inYear(blaricum.m, reference).typing;
    if (shown2015.type !== inYear(blaricum.m, latest).typing.type && alternativesOf(shown2015.openTo).length > 0)
      expect(headings.filter((h) => h.includes(String(reference)) && !h.startsWith('Als'))).toEqual([
        groupHeading({ type: shown2015.type, years: [reference], candidate: false }, 'Blaricum'),
      ]);
  });
});
