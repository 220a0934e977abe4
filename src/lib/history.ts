/**
 * Whether a former municipality was split: a second part of at least a fifth of its area. Smaller
 * parts are mostly differences in how the boundaries of different years were generalised.
 */
export function isSplit(m: { parts: readonly { share: number }[] }): boolean {
  return (m.parts[1]?.share ?? 0) >= 0.2;
}
