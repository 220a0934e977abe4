import type { HeldOutTally } from '../../src/lib/evidence/held-out.ts';
import { TYPES, TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';
import { countText } from './count-text.ts';
import type { Report } from '../../src/lib/figures/dataset-schema.ts';
import type { Placed, PipelineResult } from './output-files.ts';

/** "2017 (330), 2022 (50)": how many municipalities the boundaries of each year placed. */
function placedBy(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([year, n]) => `${year} (${n})`)
    .join(', ');
}

/**
 * For a year placed with the boundaries of more than one year, each municipality placed by other
 * than the most used year, by name: with the count above, that says how every one was placed.
 */
function placedByOthers(placed: readonly Placed[], year: number, counts: Record<string, number>): string[] {
  const [usual] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [];
  return Object.keys(counts)
    .filter((boundaryYear) => boundaryYear !== usual)
    .map((boundaryYear) => {
      const these = placed.filter((m) => m.year === year && String(m.boundaryYear) === boundaryYear);
      return `      placed with ${boundaryYear}: ${these.map((m) => `${m.name} (${m.code})`).join(', ')}; all others with ${usual}`;
    });
}

/** What went in and came out of one statistics year, how its municipalities were placed, and its types. */
function yearLines(y: Report['years'][number], placed: readonly Placed[]): string[] {
  const lines = [
    `${y.year}: ${y.read} municipalities read, placed with the boundaries of ${placedBy(y.placedBy)}, counted in ${y.mergedInto} of today's ` +
      `(${y.split} split); inhabitants in ${countText(y.inhabitantsIn)}, out ${countText(y.inhabitantsOut)}.`,
    ...placedByOthers(placed, y.year, y.placedBy),
  ];
  const skipped = Object.entries(y.skipped).filter(([, n]) => n > 0);
  if (skipped.length > 0) {
    lines.push(
      `      passed over: ${skipped.map(([kind, n]) => `${n} ${kind} row(s)`).join(', ')} (not municipalities)`,
    );
  }
  lines.push(
    y.model === 'herkomstland'
      ? '      types: none (CBS classifies this year by herkomstland; the rules that derive the WRR types rest on the Western/non-Western groups)'
      : `      types: ${TYPE_SLUGS.map((t) => `${t} ${y.types[t] ?? 0}`).join(', ')}`,
  );
  return lines;
}

/** The short plain-text account a pipeline run ends with: what went in, what came out. */
export function formatReport({ meta, mapBytes, placed }: PipelineResult, milliseconds: number): string {
  const { report, agreement } = meta;
  const lines = [`Data pipeline finished in ${(milliseconds / 1000).toFixed(1)} s.`];
  for (const y of report.years) lines.push(...yearLines(y, placed));
  lines.push(
    `${report.current.year}: ${report.current.municipalities} municipalities in ${Object.keys(report.current.provinces).length} provinces ` +
      `(${Object.entries(report.current.provinces)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ')}).`,
  );
  const percent = (k: number, n: number) => `${((k / n) * 100).toFixed(1)}%`;
  lines.push(
    `Agreement with the named municipalities (${agreement.year}): ${agreement.agreeing}/${agreement.total} (${percent(agreement.agreeing, agreement.total)}).`,
  );
  for (const d of agreement.disagreements) {
    lines.push(`      ${d.name} (${d.code}): named ${TYPES[d.named].singular}, derived ${TYPES[d.derived].singular}`);
  }
  const { leaveOneOut, baselines, homogeneous, certainty } = meta.typology;
  const tallyLines = (label: string, tally: HeldOutTally) => [
    `${label}: ${tally.agreeing}/${tally.total} (${percent(tally.agreeing, tally.total)}; 95% interval ` +
      `${percent(tally.interval.low, 1)} to ${percent(tally.interval.high, 1)}).`,
    `      per type: ${TYPE_SLUGS.flatMap((t) => {
      const own = tally.byType[t];
      return own ? [`${t} ${own.agreeing}/${own.total}`] : [];
    }).join(', ')}`,
  ];
  lines.push(...tallyLines('Leave-one-out (each named municipality classified by rules set without it)', leaveOneOut));
  for (const b of baselines) lines.push(...tallyLines(`Leave-one-out, baseline ${b.method}`, b));
  for (const m of leaveOneOut.misses) {
    lines.push(`      ${m.name} (${m.code}): named ${TYPES[m.named].singular}, held out ${TYPES[m.derived].singular}`);
  }
  lines.push(
    `Open types of today's municipalities (within the rounding / under other rules): ${certainty
      .map((c) => `${c.year} ${c.open} (${c.rounding} / ${c.rules})`)
      .join(', ')}.`,
  );
  const people = (n: number) => `${(n / 1e6).toFixed(2)} million`;
  lines.push(
    `${homogeneous.year}, more than ${homogeneous.limit * 100}% Dutch background: ${people(homogeneous.lowest.inhabitants)} to ` +
      `${people(homogeneous.highest.inhabitants)} given the rounding; the rules count ${people(homogeneous.derived.inhabitants)}, ` +
      `the WRR ${people(homogeneous.wrr.inhabitants)}.`,
  );
  const bridge = meta.origin.bridge;
  if (bridge) {
    const { from, to, limit, above, atLimit, difference } = bridge;
    lines.push(
      `Homogeneous limit (${limit * 100}%) in the herkomstland classification: ${above.from} of today's municipalities above it with a Dutch background in ${from}, ` +
        `${above.to} with herkomstland Nederland in ${to} (${above.both} in both; ${atLimit} exactly at it in ${to}); new minus old share: median ${difference.median} points ` +
        `(${difference.lowest} to ${difference.highest}). No year has both: the WRR types end with ${from}.`,
    );
  }
  lines.push(`Map geometry: ${countText(mapBytes.raw)} bytes, ${countText(mapBytes.gzip)} gzipped.`);
  return lines.join('\n');
}
