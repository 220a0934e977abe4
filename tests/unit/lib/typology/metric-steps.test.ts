import { describe, expect, it } from 'vitest';
import { stepsText } from '../../../../src/lib/typology/metric-steps.ts';
import type { MetricId } from '../../../../src/lib/typology/metrics.ts';

describe('the steps of measurements in words, from METRICS', () => {
  it.each<[string, MetricId[], string]>([
    ['one share', ['western'], '1 procentpunt bij aandelen'],
    [
      'shares and ratios, each unit once',
      ['western', 'nonWestern', 'westernRatio', 'groupRatio'],
      '1 procentpunt bij aandelen en 0,25 bij verhoudingen',
    ],
    [
      'a share with a step of its own, named apart',
      ['western', 'classicShare', 'nonWestern'],
      '1 procentpunt bij aandelen (5 procentpunten bij het Turkse, Marokkaanse, Surinaamse en Antilliaanse deel van de inwoners met een migratieachtergrond)',
    ],
    ['inhabitants and kilometres by their size alone', ['inhabitants', 'borderDistanceKm'], '10.000 inwoners en 1 km'],
    [
      'no step for a yes/no test, nor twice for a repeated one',
      ['bordersBigCity', 'dutch', 'dutch'],
      '1 procentpunt bij aandelen',
    ],
  ])('%s', (_, metrics, text) => {
    expect(stepsText(metrics)).toBe(text);
  });
});
