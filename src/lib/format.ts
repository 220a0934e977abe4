import { METRICS, type MetricId } from './metrics.ts';

/** Dutch number formatting, as everywhere on the site. */
const whole = new Intl.NumberFormat('nl-NL');
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1234567 → "1.234.567". */
export function formatNumber(value: number): string {
  return whole.format(value);
}

/** 0.1234 → "12,3%". */
export function formatShare(value: number): string {
  return percent.format(value);
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

/** A measurement in its own unit: "12,3%", "2,5 keer", "4,2 km", "ja". */
export function formatMetric(metric: MetricId, value: number): string {
  switch (METRICS[metric].unit) {
    case 'share':
      return formatShare(value);
    case 'ratio':
      return `${formatDecimal(value)} keer`;
    case 'count':
      return formatNumber(value);
    case 'km':
      return `${formatDecimal(value)} km`;
    case 'boolean':
      return value === 1 ? 'ja' : 'nee';
  }
}
