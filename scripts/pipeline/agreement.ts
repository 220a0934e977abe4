import type { Agreement, FormerMunicipality } from '../../src/lib/figures/dataset-schema.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';

/** Compares the derived type with the WRR-named type for every named municipality of a year. */
export function agreementOf(records: readonly FormerMunicipality[], year: number): Agreement {
  const named = records.filter((r) => r.year === year && r.typing.named !== null);
  const confusion = Object.fromEntries(
    TYPE_SLUGS.map((row) => [row, Object.fromEntries(TYPE_SLUGS.map((column) => [column, 0]))]),
  ) as Agreement['confusion'];
  const disagreements: Agreement['disagreements'] = [];
  for (const record of named) {
    const { named: wrr, derived } = record.typing;
    confusion[wrr!][derived] += 1;
    if (wrr !== derived) disagreements.push({ code: record.code, name: record.name, named: wrr!, derived });
  }
  return { year, total: named.length, agreeing: named.length - disagreements.length, confusion, disagreements };
}
