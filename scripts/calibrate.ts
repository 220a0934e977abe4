/**
 * Finds every calibrated threshold of src/lib/rules.ts again from the municipalities the WRR names
 * (`npm run calibrate`), prints them with the agreement, and fails if they differ from the table:
 * the table is this program's output, not a hand edit. The search is described in calibration.ts.
 */
import {
  agreementWith,
  calibrate,
  calibratedSlots,
  thresholdDifferences,
  type Sample,
} from '../src/lib/calibration.ts';
import type { FormerMunicipality } from '../src/lib/dataset.ts';
import { RULES } from '../src/lib/rules.ts';
import { InputError } from './pipeline/input-error.ts';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { OUTPUTS } from './pipeline/output-files.ts';
import { runPipeline } from './pipeline/run.ts';

try {
  const { meta, files } = await runPipeline(PROJECT_INPUTS);
  const year = meta.reference.year;
  const former = JSON.parse(files[OUTPUTS.former]!) as FormerMunicipality[];
  const samples: Sample[] = former.flatMap((m) =>
    m.year === year && m.typing.named
      ? [{ code: m.code, name: m.name, measurements: m.typing.measurements, named: m.typing.named }]
      : [],
  );
  const found = calibrate(samples, meta.national[String(year)]!.shares, RULES);
  console.log(`Calibrated on the ${samples.length} municipalities the WRR names (${year} figures):`);
  for (const slot of calibratedSlots(found.rules)) {
    const condition = found.rules[slot.rule]!.conditions[slot.condition]!;
    console.log(
      `  ${found.rules[slot.rule]!.type.padEnd(22)} ${slot.metric.padEnd(17)} ${condition.comparison.padEnd(8)} ${condition.threshold}`,
    );
  }
  console.log(
    `Agreement: ${found.agreeing}/${samples.length} found, ${agreementWith(samples, RULES)}/${samples.length} with the table.`,
  );
  const differences = thresholdDifferences(found.rules, RULES);
  if (differences.length > 0) {
    console.error(`src/lib/rules.ts differs from what the calibration finds:\n  ${differences.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('src/lib/rules.ts holds exactly these thresholds.');
  }
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`Calibration stopped: ${error.message}`);
  process.exitCode = 1;
}
