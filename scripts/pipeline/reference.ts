import { z } from 'zod';
import { WRR_PART, type NamedBy } from '../../src/lib/typology/named-by.ts';
import { TYPE_SLUGS, type TypeSlug } from '../../src/lib/typology/wrr-types.ts';
import { expecting, municipalityCodeExpected, TYPE_SLUG_EXPECTED } from '../../src/lib/checks/field-errors.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { readJson } from './read-json.ts';
import type { StatisticsRow } from './read-statistics.ts';

const referenceSchema = z.object({
  document: z.string().min(1),
  year: z.int(),
  /** The WRR's count of people in homogeneous municipalities in its year (by the homogeneous rule's limit), with where it says so. */
  homogeneous: z.strictObject({
    inhabitants: z.int().positive(),
    share: z.number().min(0).max(1),
    mention: z.string().min(1),
  }),
  municipalities: z
    .array(
      z.strictObject({
        code: z.string().regex(/^GM\d{4}$/),
        name: z.string().min(1),
        type: z.enum(TYPE_SLUGS, { error: expecting(TYPE_SLUG_EXPECTED) }),
        mentions: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

/** The municipalities the VNG portfolio names as examples of a type, as they were in one statistics year. */
export type ReferenceList = z.infer<typeof referenceSchema>;

/** Reads the reference list and checks it against that year's statistics (codes and names). */
export async function readReferenceList(path: string): Promise<ReferenceList> {
  return readJson(referenceSchema, path);
}

/** A type a source names: which type, and whether the WRR or only the VNG portfolio names it. */
export interface NamedType {
  type: TypeSlug;
  by: NamedBy;
}

/**
 * The named type per code, after checking every entry against the year's statistics rows. A
 * municipality is named by the WRR where the portfolio's WRR part names it, else by the portfolio.
 */
export function namedTypes(list: ReferenceList, rows: readonly StatisticsRow[], path: string): Map<string, NamedType> {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const named = new Map<string, NamedType>();
  list.municipalities.forEach((entry, index) => {
    const row = byCode.get(entry.code);
    const where = `municipalities.${index} (${entry.code} ${entry.name})`;
    if (!row) {
      const among = `the ${rows.length} municipalities of the ${list.year} statistics`;
      const expected = municipalityCodeExpected(entry.code, rows, among);
      throw new InputError(path, `${where}: no such municipality in the ${list.year} statistics; expected ${expected}`);
    }
    if (row.name !== entry.name)
      throw new InputError(path, `${where}: the ${list.year} statistics call ${entry.code} "${row.name}"`);
    if (named.has(entry.code)) throw new InputError(path, `${where}: listed twice`);
    const by = entry.mentions.some((m) => m.startsWith(WRR_PART)) ? 'wrr' : 'vng';
    named.set(entry.code, { type: entry.type, by });
  });
  return named;
}
