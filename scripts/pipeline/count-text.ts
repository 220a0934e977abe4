const english = new Intl.NumberFormat('en-GB');

/** A count as the pipeline's English messages and report write it: "16,900,726". */
export function countText(n: number): string {
  return english.format(n);
}
