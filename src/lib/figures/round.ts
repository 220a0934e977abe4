/** Rounds to a number of decimals: stored figures are rounded, so output is stable and diffs stay small. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
