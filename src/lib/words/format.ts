import { METRICS, type MetricId } from '../typology/metrics.ts';
import { roundTo } from '../figures/round.ts';

/** Dutch number formatting, as everywhere on the site. */
const whole = new Intl.NumberFormat('nl-NL');
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const percentOneDecimal = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const steps = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1234567 → "1.234.567". */
export function formatNumber(value: number): string {
  return whole.format(value);
}

/** 0.1234 → "12,3%". */
export function formatShare(value: number): string {
  return percent.format(value);
}

/** Whether a share is a whole percentage (as CBS published the shares of some years): 0.07 is, 0.0698 is not. */
export function isWholePercent(value: number): boolean {
  const percentValue = value * 100;
  return Math.abs(percentValue - Math.round(percentValue)) < 1e-9;
}

/**
 * 0.0698 → "7,0%", but 0.07 → "7%": one decimal always, so a column of shares from counts lines
 * up, except for a whole percentage, as CBS published the shares of some years.
 */
export function formatColumnShare(value: number): string {
  return isWholePercent(value) ? formatRoundShare(value) : percentOneDecimal.format(value);
}

/** A share in percent as formatColumnShare writes it, as a number: 0.0698 → 7, 0.07 → 7, 0.12345 → 12.3. */
export function columnSharePercent(value: number): number {
  return roundTo(value * 100, isWholePercent(value) ? 0 : 1);
}

/** 2.534 → "2,53". */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** 0.089 → "9%": a part of an area, where a decimal would claim more precision than the boundaries have. */
export function formatRoundShare(value: number): string {
  return `${whole.format(Math.round(value * 100))}%`;
}

/** 0.4567 → "0,46": the diversity index. */
export function formatIndex(value: number): string {
  return twoDecimals.format(value);
}

/** "2015-01-01" → "1 januari 2015". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** 3_200_000 → "3,2 miljoen", 2_944_953 → "2,94 miljoen". */
export function formatMillions(value: number): string {
  return `${decimal.format(value / 1e6)} miljoen`;
}

/** The size of a step in a measurement: "1 procentpunt", "5 procentpunten" for shares, otherwise as the measurement. */
export function formatStep(metric: MetricId, step: number): string {
  if (METRICS[metric].unit !== 'share') return formatMetric(metric, step);
  const points = step * 100;
  return `${formatDecimal(points)} ${Math.abs(points - 1) < 1e-9 ? 'procentpunt' : 'procentpunten'}`;
}

/** A margin in steps, to three decimals so that near-ties do not read as ties: 0.0012 → "0,001". */
export function formatSteps(value: number): string {
  return steps.format(value);
}

/** A measurement in its own unit: "12,3%", "2,5 keer", "4,2 km", "ja"; `digits` asks for more decimals. */
export function formatMetric(metric: MetricId, value: number, digits?: number): string {
  const precise = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat('nl-NL', { ...options, maximumFractionDigits: digits }).format(value);
  switch (METRICS[metric].unit) {
    case 'share':
      return digits === undefined ? formatShare(value) : precise({ style: 'percent' });
    case 'ratio':
      return `${digits === undefined ? formatDecimal(value) : precise({})} keer`;
    case 'count':
      return formatNumber(value);
    case 'km':
      return `${digits === undefined ? formatDecimal(value) : precise({})} km`;
    case 'boolean':
      return value === 1 ? 'ja' : 'nee';
  }
}

/**
 * A measurement beside its threshold, with as many decimals as it takes not to look equal to the
 * threshold when it is not: 0,0999 beside 10% reads "9,99%", not "10%".
 */
export function formatBeside(metric: MetricId, value: number, threshold: number): string {
  const plain = formatMetric(metric, value);
  if (value === threshold || plain !== formatMetric(metric, threshold)) return plain;
  for (let digits = 2; digits < 6; digits++) {
    const text = formatMetric(metric, value, digits);
    if (text !== formatMetric(metric, threshold, digits)) return text;
  }
  return formatMetric(metric, value, 6);
}
