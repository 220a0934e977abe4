import { describe, expect, it } from 'vitest';
import { conditionLabel, thresholdText } from '../../src/lib/explain.ts';
import { METRICS, type MetricId } from '../../src/lib/metrics.ts';

describe('labels of the rules where no municipality is in view', () => {
  it.each(Object.keys(METRICS) as MetricId[])('%s reads as a heading, without a placeholder', (metric) => {
    const label = conditionLabel(metric);
    expect(label).not.toContain('{');
    expect(label).toMatch(/^[A-Z][a-z]/);
  });

  it.each<[MetricId, string]>([
    [
      'groupRatio',
      'Sterkst oververtegenwoordigde klassieke groep (Turks, Marokkaans, Surinaams of Antilliaans), vergeleken met het land',
    ],
    ['groupShare', 'Aandeel van die sterkst oververtegenwoordigde klassieke groep'],
    ['dutch', 'Nederlandse achtergrond'],
  ])('%s: "%s"', (metric, label) => {
    expect(conditionLabel(metric)).toBe(label);
  });

  it.each<[Parameters<typeof thresholdText>[0], string]>([
    [{ metric: 'dutch', comparison: 'above', threshold: 0.9 }, 'meer dan 90%'],
    [{ metric: 'groupRatio', comparison: 'atLeast', threshold: 2.5 }, 'minstens 2,5 keer'],
    [{ metric: 'bordersBigCity', comparison: 'is', threshold: 1 }, 'ja'],
  ])('a threshold in words: %j → "%s"', (condition, text) => {
    expect(thresholdText(condition)).toBe(text);
  });
});
