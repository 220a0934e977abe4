import { thresholdText } from './explain.ts';
import { formatMetric } from '../words/format.ts';
import { CLASSIC_GROUPS, type MetricId } from './metrics.ts';
import { RULES } from './rules.ts';
import { numberWord } from '../words/words.ts';

/** Counts the rules' own lists give, as words: `{aantal:klassieke-groepen}` is "vier". */
const RULE_COUNTS: Readonly<Record<string, string>> = {
  'aantal:klassieke-groepen': numberWord(CLASSIC_GROUPS.length),
};

/**
 * Numbers in the site's own prose (the type descriptions) come from the code, never typed: the
 * text holds a placeholder, `{drempel:expat.otherNonWestern}` for a threshold in words ("minstens
 * 4%") or `{waarde:expat.otherNonWestern}` for its value alone ("4%"), filled in from the rule
 * table when the page is built, or a count of the rules' lists (`{aantal:klassieke-groepen}`); other
 * keys come from the caller (`facts`). An unknown key stops the build, naming the file and the key.
 */
export function fillPlaceholders(text: string, file: string, facts: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{([a-z]+):([\w.-]+)\}/g, (whole, kind: string, key: string) => {
    if (kind === 'drempel' || kind === 'waarde') {
      const condition = conditionOf(key);
      if (!condition)
        throw new Error(`${file}: ${whole} names no threshold of the rules (type.metric, as in rules.ts)`);
      return kind === 'drempel' ? thresholdText(condition) : formatMetric(condition.metric, condition.threshold);
    }
    const fact = RULE_COUNTS[`${kind}:${key}`] ?? facts[`${kind}:${key}`];
    if (fact === undefined) throw new Error(`${file}: ${whole} is not a known placeholder`);
    return fact;
  });
}

/** The condition `type.metric` of the rule table, if there is one. */
function conditionOf(key: string) {
  const [type, metric] = key.split('.') as [string, MetricId];
  return RULES.find((r) => r.type === type)?.conditions.find((c) => c.metric === metric);
}

/** The placeholders a text uses, as written: for a check that every one of them can be filled. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([a-z]+):([\w.-]+)\}/g)].map((m) => m[0]);
}
