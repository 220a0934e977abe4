import { METRICS, type MetricId, type MetricUnit } from './metrics.ts';
import { formatDecimal, formatNumber, formatStep } from '../words/format.ts';
import { listOf } from '../words/words.ts';

/** What a step of each unit is called after its size ("bij aandelen"); none where the size says it ("1 km"). */
const UNIT_WORDS: Record<MetricUnit, string | null> = {
  share: 'aandelen',
  ratio: 'verhoudingen',
  count: null,
  km: null,
  boolean: null,
};

/** The size of one step of a measurement in words: "1 procentpunt", "0,25", "10.000 inwoners", "1 km". */
function stepSize(metric: MetricId): string {
  const { unit, step } = METRICS[metric];
  if (unit === 'ratio') return formatDecimal(step);
  if (unit === 'count') return `${formatNumber(step)} inwoners`;
  return formatStep(metric, step);
}

/**
 * The steps (METRICS[…].step) of some measurements in words, per unit the step most of them take
 * and apart the ones that take another: "1 procentpunt bij aandelen (5 procentpunten bij het …
 * deel …) en 0,25 bij verhoudingen". Yes/no tests have no step.
 */
export function stepsText(metrics: readonly MetricId[]): string {
  const stepped = [...new Set(metrics)].filter((m) => METRICS[m].unit !== 'boolean');
  const units = [...new Set(stepped.map((m) => METRICS[m].unit))];
  return listOf(
    units.map((unit) => {
      const ofUnit = stepped.filter((m) => METRICS[m].unit === unit);
      const sizes = [...new Set(ofUnit.map((m) => METRICS[m].step))];
      const count = (step: number) => ofUnit.filter((m) => METRICS[m].step === step).length;
      const common = sizes.reduce((a, b) => (count(b) > count(a) ? b : a));
      const first = ofUnit.find((m) => METRICS[m].step === common)!;
      const word = UNIT_WORDS[unit];
      const others = ofUnit
        .filter((m) => METRICS[m].step !== common)
        .map((m) => `${stepSize(m)} bij ${METRICS[m].phrase}`);
      return `${stepSize(first)}${word ? ` bij ${word}` : ''}${others.length > 0 ? ` (${others.join('; ')})` : ''}`;
    }),
  );
}
