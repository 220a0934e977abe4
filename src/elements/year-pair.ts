/**
 * Keeps the two years of a "changed between" filter apart: when one select is set to the year the
 * other shows, the other moves to the latest year (or the earliest, if the latest was chosen), so
 * that the filter always compares two years instead of silently showing nothing or everything.
 */
export function keepYearsApart(changed: EventTarget | null, from: HTMLSelectElement, to: HTMLSelectElement): void {
  if (from.value !== to.value || (changed !== from && changed !== to)) return;
  const other = changed === from ? to : from;
  const years = [...other.options].map((o) => o.value);
  other.value = years.at(-1) === other.value ? years[0]! : years.at(-1)!;
}
