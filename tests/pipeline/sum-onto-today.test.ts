import { describe, expect, it } from 'vitest';
import { former, today } from '../helpers/dataset.ts';

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

  it('a municipality made of one earlier one keeps its shares exactly as published', () => {
    expect(single.length).toBeGreaterThan(today.length);
    const differing = single.filter(
      ({ m, year, was }) => JSON.stringify(m.years[year]!.figures.shares) !== JSON.stringify(was.figures.shares),
    );
    expect(differing.map(({ m, year }) => `${m.name} ${year}`)).toEqual([]);
  });

  it('so, with the same geography, it gets the same type by the rules', () => {
    // Only the geography of today's borders may differ (a neighbour that merged into a big city).
    const sameBorders = single.filter(({ m, was }) => JSON.stringify(m.geography) === JSON.stringify(was.geography));
    const differing = sameBorders.filter(({ m, year, was }) => m.years[year]!.typing.derived !== was.typing.derived);
    expect(differing.map(({ m, year }) => `${m.name} ${year}`)).toEqual([]);
  });
});
