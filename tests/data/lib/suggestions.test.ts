import { describe, expect, it } from 'vitest';
import { inYear } from '../../../src/lib/in-year.ts';
import { suggestionGroups } from '../../../src/lib/suggestions.ts';
import { TYPE_SLUGS } from '../../../src/lib/wrr-types.ts';
import { today } from '../../helpers/dataset.ts';

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

  it('gives one group where the type held in both years and two, newest first, where it changed', () => {
    for (const { m, groups } of all) {
      const types = [inYear(m, latest).typing.type, inYear(m, reference).typing.type];
      expect(groups.map((g) => g.type)).toEqual(types[0] === types[1] ? [types[0]] : types);
    }
    expect(all.some(({ groups }) => groups.length === 2)).toBe(true);
    expect(all.some(({ groups }) => groups.length === 1)).toBe(true);
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

  it('states the years each group stands for', () => {
    for (const { groups } of all)
      expect(groups.map((g) => g.years)).toEqual(groups.length === 1 ? [[reference, latest]] : [[latest], [reference]]);
  });
});
