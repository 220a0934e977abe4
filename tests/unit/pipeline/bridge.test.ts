import { describe, expect, it } from 'vitest';
import { homogeneousBridge } from '../../../scripts/pipeline/bridge.ts';

/** A municipality with only what the bridge reads: its Dutch share in `from` and its Nederland share in `to`. */
const place = (code: string, old: number, now: number) =>
  ({
    code,
    name: code,
    years: { '2022': { figures: { shares: { dutch: old } } } },
    origin: { '2023': { figures: { shares: { netherlands: now } } } },
  }) as unknown as Parameters<typeof homogeneousBridge>[0][number];

describe('carrying the homogeneous limit into the herkomstland classification', () => {
  const bridge = homogeneousBridge(
    [place('GM0001', 0.95, 0.93), place('GM0002', 0.92, 0.9), place('GM0003', 0.91, 0.9), place('GM0004', 0.8, 0.81)],
    [2015, 2022],
    [2023],
    0.9,
  )!;

  it('counts the municipalities above the limit in each year, and those exactly on it in the new one', () => {
    expect(bridge).toMatchObject({ from: 2022, to: 2023, above: { from: 3, to: 1, both: 1 }, atLimit: 2 });
  });

  it('gives the median difference in points over all municipalities, and the largest drop', () => {
    // Differences: -2, -2, -1, +1 points: the median is the mean of the middle two.
    expect(bridge.difference).toEqual({ median: -1.5, lowest: -2, highest: 1 });
    expect(bridge.largestDrop).toEqual({ code: 'GM0001', name: 'GM0001', points: -2 });
  });

  it('is null without a herkomstland year after a typed one', () => {
    expect(homogeneousBridge([], [2022], [], 0.9)).toBeNull();
  });
});
