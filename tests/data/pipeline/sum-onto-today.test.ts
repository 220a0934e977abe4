import { describe, expect, it } from 'vitest';
import { former, today } from '../../helpers/dataset.ts';

describe("today's municipalities (real data)", () => {
  const single = today.flatMap((m) =>
    Object.entries(m.years)
      .filter(([, y]) => y.predecessors.length === 1)
      .map(([year, y]) => ({
        m,
        year,
        was: former.find((f) => String(f.year) === year && f.code === y.predecessors[0]!.code)!,
      })),
  );
  const sameCode = single.filter(({ m, was }) => was.code === m.code);
  const summed = today.flatMap((m) =>
    Object.entries(m.years)
      .filter(([, y]) => !(y.predecessors.length === 1 && y.predecessors[0]!.code === m.code))
      .map(([year, y]) => ({ m, year, y })),
  );

  it('a municipality made of one earlier one keeps its shares exactly as published', () => {
    expect(single.length).toBeGreaterThan(today.length);
    const differing = single.filter(
      ({ m, year, was }) => JSON.stringify(m.years[year]!.figures.shares) !== JSON.stringify(was.figures.shares),
    );
    expect(differing.map(({ m, year }) => `${m.name} ${year}`)).toEqual([]);
  });

  it('a municipality that already was what it is now has one typing per year: the same as then', () => {
    expect(sameCode.length).toBeGreaterThan(today.length);
    const differing = sameCode.filter(
      ({ m, year, was }) =>
        JSON.stringify([m.years[year]!.typing, m.years[year]!.figures]) !== JSON.stringify([was.typing, was.figures]),
    );
    expect(differing.map(({ m, year }) => `${m.name} ${year}`)).toEqual([]);
  });

  it("any other is measured with today's geography, in every year", () => {
    expect(summed.length).toBeGreaterThan(0);
    const differing = summed.filter(
      ({ m, y }) =>
        y.typing.measurements.borderDistanceKm !== m.geography.borderDistanceKm ||
        y.typing.measurements.bordersBigCity !== (m.geography.bigCityNeighbours.length > 0 ? 1 : 0),
    );
    expect(differing.map(({ m, year }) => `${m.name} ${year}`)).toEqual([]);
  });
});
