/**
 * Keeps the two years of a "changed between" filter apart without touching the reader's choice:
 * each select offers the year the other shows as a disabled option, so the filter always compares
 * two years and neither control ever changes the other. Call it after either value is set.
 */
export function keepYearsApart(from: HTMLSelectElement, to: HTMLSelectElement): void {
  for (const [select, other] of [
    [from, to],
    [to, from],
  ] as const) {
    for (const option of select.options) option.disabled = option.value === other.value;
  }
}
