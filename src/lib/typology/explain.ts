import { check, type Check } from './classify.ts';
import type { Typing } from '../figures/dataset-schema.ts';
import { formatBeside, formatMetric } from '../words/format.ts';
import { METRICS, type MetricId } from './metrics.ts';
import { GROUP_ADJECTIVES } from '../figures/migration-groups.ts';
import { RULES, type Comparison, type Condition } from './rules.ts';
import { TYPES, TYPE_SLUGS } from './wrr-types.ts';
import { midSentence, numberWord } from '../words/words.ts';

/** Dutch words for each comparison ("minstens"). */
const PHRASE: Record<Comparison, string> = {
  atLeast: 'minstens',
  above: 'meer dan',
  atMost: 'hoogstens',
  below: 'minder dan',
  is: '',
};
const OPPOSITE: Record<Comparison, Comparison> = {
  atLeast: 'below',
  above: 'atMost',
  atMost: 'above',
  below: 'atLeast',
  is: 'is',
};

/** A classification told in plain Dutch. */
export interface Explanation {
  /** One line per figure that decided the type, with its threshold. */
  reasons: string[];
  /** The runner-up type and what would have had to differ for it. */
  runnerUp: string;
}

/** The tests of a rule, re-run on the stored measurements. */
export function checksOf(typing: Typing, type = typing.derived): Check[] {
  const rule = RULES.find((r) => r.type === type)!;
  return rule.conditions.map((c) => check(c, typing.measurements));
}

/** Label or phrase of a measurement, with the over-represented group filled in. */
function words(metric: MetricId, typing: Typing, form: 'label' | 'phrase'): string {
  return METRICS[metric][form].replace('{groep}', GROUP_ADJECTIVES[typing.group]);
}

/** A measurement's label where no municipality is in view: the over-represented group stays general. */
export function conditionLabel(metric: MetricId): string {
  return METRICS[metric].general ?? METRICS[metric].label;
}

/** A threshold in words: "minstens 10%", or "ja" for a yes/no test. */
export function thresholdText(c: Pick<Condition, 'metric' | 'comparison' | 'threshold'>): string {
  return c.comparison === 'is' ? 'ja' : `${PHRASE[c.comparison]} ${formatMetric(c.metric, c.threshold)}`;
}

/** "Nederlandse achtergrond: 94% (meer dan 90%)". */
export function describeCheck(c: Check, typing: Typing): string {
  const label = words(c.metric, typing, 'label');
  const value = formatBeside(c.metric, c.value, c.threshold);
  return c.comparison === 'is' ? `${label}: ${value}` : `${label}: ${value} (${thresholdText(c)})`;
}

/**
 * "het aandeel met een Nederlandse achtergrond meer dan 52% was geweest (nu 49%)", "de westerse
 * groep minstens 1,5 keer zo groot als de niet-westerse was geweest (nu 1,36 keer)".
 */
function condition(c: Check, comparison: Comparison, typing: Typing): string {
  // A yes/no test is never a pivot: no gradual change turns it (see classify).
  const phrase = words(c.metric, typing, 'phrase');
  const compared = METRICS[c.metric].comparedWith;
  const threshold = `${formatMetric(c.metric, c.threshold)}${compared ? ` ${compared}` : ''}`;
  return `${phrase} ${PHRASE[comparison]} ${threshold} was geweest (nu ${formatBeside(c.metric, c.value, c.threshold)})`;
}

/** Explains the derived type of a municipality in one year. */
export function explain(typing: Typing): Explanation {
  const checks = checksOf(typing);
  const reasons =
    checks.length > 0
      ? checks.map((c) => describeCheck(c, typing))
      : [`Voldoet aan de regels van geen van de ${numberWord(TYPE_SLUGS.length - 1)} andere typen.`];
  const pivots = checksOf(typing, typing.pivotRule).filter((c) => typing.pivots.includes(c.metric));
  // Pivots of the winning rule would have to fail; pivots of an earlier rule would have to hold.
  const flips = typing.pivotRule === typing.derived;
  const conditions = pivots.map((c) => condition(c, flips ? OPPOSITE[c.comparison] : c.comparison, typing));
  const runnerUp = `Naaste alternatief: ${TYPES[typing.runnerUp].singular.toLowerCase()}, als ${conditions.join(' en als ')}.`;
  return { reasons, runnerUp };
}

/**
 * The first figure that decided the type, for a one-line answer, and how many other conditions held
 * too. A type that no rule gave (average) has no figure of its own: then what came closest says why.
 */
export function decidingReason(typing: Typing): { reason: string; others: number } {
  const [reason, ...others] = explain(typing).reasons;
  if (checksOf(typing).length > 0) return { reason: reason!, others: others.length };
  // "Het dichtst bij: tuinbouwgemeente, maar niet-westerse migratieachtergrond: 7,5% (hoogstens 7%)".
  const missed = checksOf(typing, typing.pivotRule)
    .filter((c) => typing.pivots.includes(c.metric))
    .map((c) => describeCheck(c, typing))
    .map(midSentence);
  const closest = `Het dichtst bij: ${TYPES[typing.runnerUp].singular.toLowerCase()}, maar ${missed.join(' en ')}`;
  return { reason: `Geen van de ${numberWord(TYPE_SLUGS.length - 1)} andere typen. ${closest}`, others: 0 };
}
