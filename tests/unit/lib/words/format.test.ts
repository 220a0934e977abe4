import { describe, expect, it } from 'vitest';
import {
  columnSharePercent,
  formatBeside,
  formatColumnShare,
  formatStep,
  formatSteps,
} from '../../../../src/lib/words/format.ts';
import type { MetricId } from '../../../../src/lib/typology/metrics.ts';

describe('numbers beside a threshold', () => {
  it.each<[MetricId, number, number, string]>([
    ['western', 0.0999, 0.1, '9,99%'],
    ['dutch', 0.900002, 0.9, '90,0002%'],
    ['dutch', 0.9, 0.9, '90%'],
    ['dutch', 0.94, 0.9, '94%'],
    ['westernRatio', 1.4999, 1.5, '1,4999 keer'],
    ['borderDistanceKm', 0.996, 1, '0,996 km'],
  ])('%s %d beside %d reads "%s"', (metric, value, threshold, text) => {
    expect(formatBeside(metric, value, threshold)).toBe(text);
  });
});

describe('a share in a table column, as text and as the number it shows', () => {
  it.each<[number, string, number]>([
    [0.07, '7%', 7],
    [0.0698, '7,0%', 7],
    [0.135, '13,5%', 13.5],
    [0.12345, '12,3%', 12.3],
    [0.29, '29%', 29],
    [0, '0%', 0],
  ])('%d reads "%s", %d in percent', (value, text, percent) => {
    expect(formatColumnShare(value)).toBe(text);
    expect(columnSharePercent(value)).toBe(percent);
  });
});

describe('steps and margins', () => {
  it.each<[MetricId, number, string]>([
    ['dutch', 0.01, '1 procentpunt'],
    ['classicShare', 0.05, '5 procentpunten'],
    ['westernRatio', 0.25, '0,25 keer'],
    ['borderDistanceKm', 1, '1 km'],
  ])('a step of %s: %d → "%s"', (metric, step, text) => {
    expect(formatStep(metric, step)).toBe(text);
  });

  it.each([
    [0, '0'],
    [0.0012, '0,001'],
    [0.08, '0,08'],
    [1.5, '1,5'],
  ])('a margin of %d steps reads "%s"', (value, text) => {
    expect(formatSteps(value)).toBe(text);
  });
});
