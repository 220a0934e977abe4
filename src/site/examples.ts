import { inYear } from '../lib/figures/in-year.ts';
/** The practice examples as the pages see them: with slug and the type they are shown under. */
import { getCollection } from 'astro:content';
import { exampleType, type ExampleEntry } from '../lib/examples/example-catalogue.ts';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';
import { municipalities, once, referenceYear } from './dataset.ts';

/** Every practice example, alphabetically by title. */
export const examples = once(async (): Promise<ExampleEntry[]> => {
  const all = await municipalities();
  const typeOf = (code: string): TypeSlug =>
    inYear(
      all.find((m) => m.code === code)!,
      referenceYear,
    ).typing.type;
  const entries = await getCollection('examples');
  return entries
    .map((e) => ({ ...e.data, slug: e.id, type: exampleType(e.data, typeOf) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
});

/** Number of examples per municipality code, for the map. */
export async function exampleCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const e of await examples()) for (const code of e.municipalities) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}
