/**
 * Sets every threshold of src/lib/typology/rules.ts that is set at a named municipality and finds every
 * calibrated one again from the municipalities the VNG portfolio names (`npm run calibrate`),
 * prints them with the agreement, and fails if they differ from the table: the table is this
 * program's output, not a hand edit. How both are found is described in calibration.ts.
 * It reads the measurements `npm run data:build` wrote to src/data/ (they do not depend on the
 * thresholds), so it takes seconds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  agreementWith,
  calibrate,
  calibratedSlots,
  namedExtreme,
  namedSamples,
  namedSlots,
  thresholdDifferences,
} from '../src/lib/evidence/calibration.ts';
import { formerMunicipalitySchema, metaSchema } from '../src/lib/figures/dataset-schema.ts';
import { RULES } from '../src/lib/typology/rules.ts';
import { OUTPUTS } from './pipeline/output-files.ts';

const DATA = process.env['DATA_OUT'] ?? 'src/data';

/** A generated file, or a clear stop when the dataset has not been built. */
async function generated(file: string): Promise<unknown> {
  const path = join(DATA, file);
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.error(`Calibration stopped: ${path} does not exist; run \`npm run data:build\` first.`);
    process.exit(1);
  }
}

const meta = metaSchema.parse(await generated(OUTPUTS.meta));
const year = meta.reference.year;
const former = formerMunicipalitySchema.array().parse(await generated(OUTPUTS.former));
const samples = namedSamples(former.filter((m) => m.year === year));
const found = calibrate(samples, meta.national[String(year)]!.shares, RULES);

console.log(`Set at the municipalities the VNG portfolio names (${samples.length}, ${year} figures):`);
for (const slot of namedSlots(found.rules)) {
  const rule = found.rules[slot.rule]!;
  const condition = rule.conditions[slot.condition]!;
  const at = namedExtreme(samples, rule, condition);
  const where = at
    ? `${at.samples.map((s) => s.name).join(', ')} (${at.value}), ${slot.round}`
    : 'no example of the type';
  console.log(
    `  ${rule.type.padEnd(22)} ${condition.metric.padEnd(17)} ${condition.comparison.padEnd(8)} ${condition.threshold}  at ${where}`,
  );
}
console.log(`Calibrated on them:`);
for (const slot of calibratedSlots(found.rules)) {
  const condition = found.rules[slot.rule]!.conditions[slot.condition]!;
  // A value at the end of its grid may be cut off by the grid rather than found: say so.
  const edge = [slot.search.from, slot.search.to].includes(condition.threshold) ? '  (at the end of its grid)' : '';
  console.log(
    `  ${found.rules[slot.rule]!.type.padEnd(22)} ${slot.metric.padEnd(17)} ${condition.comparison.padEnd(8)} ${condition.threshold}${edge}`,
  );
}
console.log(
  `Agreement: ${found.agreeing}/${samples.length} found, ${agreementWith(samples, RULES)}/${samples.length} with the table.`,
);
const differences = thresholdDifferences(found.rules, RULES);
if (differences.length > 0) {
  console.error(`src/lib/typology/rules.ts differs from what the calibration finds:\n  ${differences.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('src/lib/typology/rules.ts holds exactly these thresholds.');
}
