import type { Boundaries } from '../pipeline/read-boundaries.ts';
import type { RowOf } from '../pipeline/statistics-table.ts';
import type { Unit } from '../pipeline/sources.ts';

/** What a refreshed file changes, as lines for the terminal. */
export interface Difference {
  file: string;
  unchanged: boolean;
  lines: string[];
}

/**
 * Municipalities added and removed, figures changed (with old and new value, in the file's own
 * unit: a count can change without moving its rounded share) and the inhabitants total.
 */
export function compareStatistics(
  file: string,
  unit: Unit,
  shipped: readonly RowOf<Record<string, number>>[],
  fresh: readonly RowOf<Record<string, number>>[],
): Difference {
  const figures = unit === 'count' ? 'counts' : 'shares';
  const before = new Map(shipped.map((r) => [r.code, r]));
  const after = new Map(fresh.map((r) => [r.code, r]));
  const lines: string[] = [];
  const added = fresh.filter((r) => !before.has(r.code));
  const removed = shipped.filter((r) => !after.has(r.code));
  if (added.length > 0) lines.push(`added: ${added.map((r) => `${r.code} ${r.name}`).join(', ')}`);
  if (removed.length > 0) lines.push(`removed: ${removed.map((r) => `${r.code} ${r.name}`).join(', ')}`);
  for (const row of fresh) {
    const old = before.get(row.code);
    if (!old) continue;
    const changes: string[] = [];
    if (old.name !== row.name) changes.push(`name "${old.name}" → "${row.name}"`);
    if (old.inhabitants !== row.inhabitants) changes.push(`inhabitants ${old.inhabitants} → ${row.inhabitants}`);
    for (const key of Object.keys(row[figures])) {
      const [was, now] = [old[figures][key], row[figures][key]];
      if (was !== now) changes.push(`${key} ${was} → ${now}`);
    }
    if (changes.length > 0) lines.push(`${row.code} ${row.name}: ${changes.join(', ')}`);
  }
  const total = (rows: readonly { inhabitants: number }[]) => rows.reduce((sum, r) => sum + r.inhabitants, 0);
  const unchanged = lines.length === 0;
  lines.push(
    `${shipped.length} → ${fresh.length} municipalities, inhabitants ${total(shipped).toLocaleString('en-GB')} → ${total(fresh).toLocaleString('en-GB')}`,
  );
  return { file, unchanged, lines };
}

/** Areas added and removed, names changed, and whether the file differs at all. */
export function compareBoundaries(
  file: string,
  shipped: Boundaries,
  fresh: Boundaries,
  sameBytes: boolean,
): Difference {
  const before = new Map(shipped.areas.map((a) => [a.properties.code, a.properties.name]));
  const after = new Map(fresh.areas.map((a) => [a.properties.code, a.properties.name]));
  const lines: string[] = [];
  const added = [...after].filter(([code]) => !before.has(code));
  const removed = [...before].filter(([code]) => !after.has(code));
  if (added.length > 0) lines.push(`added: ${added.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  if (removed.length > 0) lines.push(`removed: ${removed.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const [code, name] of after) {
    const old = before.get(code);
    if (old !== undefined && old !== name) lines.push(`${code}: name "${old}" → "${name}"`);
  }
  if (!sameBytes && lines.length === 0) lines.push('same areas and names; the shapes or their encoding differ');
  lines.push(`${shipped.areas.length} → ${fresh.areas.length} areas`);
  return { file, unchanged: sameBytes, lines };
}
