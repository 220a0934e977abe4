import { anchorOf } from './calibration.ts';
import type { TypologyCheck } from '../figures/dataset-schema.ts';
import { formatMetric } from '../words/format.ts';
import type { GroupValues } from '../figures/migration-groups.ts';
import type { Condition } from '../typology/rules.ts';
import { listOf } from '../words/words.ts';

/** How each kind of threshold origin is named on the method page. */
export const ORIGIN_LABELS: Record<Condition['origin']['kind'], string> = {
  wrr: 'Getal van de WRR',
  named: 'Gezet bij een genoemde gemeente',
  calibrated: 'Kalibratie',
  choice: 'Keuze van deze site',
};

/**
 * The notes under a threshold's origin, from what the pipeline found: the example it is set at,
 * or for a calibrated one how it was searched and which values fit the list as well.
 */
export function originNotes(
  condition: Condition,
  found: TypologyCheck['thresholds'][number],
  national: GroupValues,
): string[] {
  const { metric, origin } = condition;
  if (origin.kind === 'named' && found.setAt) {
    const names = listOf(found.setAt.samples.map((s) => s.name));
    return [`Bij ${names} (${formatMetric(metric, found.setAt.value)}).`];
  }
  if (origin.kind !== 'calibrated') return [];
  const { from, to, towardsNote } = origin.search;
  const anchor = anchorOf(origin.search, national);
  const towards =
    towardsNote && anchor !== undefined
      ? `; bij gelijke uitkomst het dichtst bij ${towardsNote} (${formatMetric(metric, anchor)})`
      : '';
  const notes = [`Gezocht van ${formatMetric(metric, from)} tot ${formatMetric(metric, to)}${towards}.`];
  const flat = found.flat;
  if (flat && flat.from !== flat.to) {
    const edge = flat.atEnd ? ', tot de rand van het zoekgebied, dus mogelijk nog verder' : '';
    notes.push(
      `Even goed passen alle waarden van ${formatMetric(metric, flat.from)} tot ${formatMetric(metric, flat.to)}${edge}: hier bepaalt de voorkeur bij gelijke uitkomst de drempel, niet de data.`,
    );
  } else if (flat) {
    notes.push('Geen andere waarde past even goed.');
  }
  return notes;
}
