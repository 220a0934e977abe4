/** The longer description of each type (src/content/typen/<slug>.md), as the type pages show it. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';

/** The description of one type; a type without one stops the build, naming the file to write. */
export async function typeDescription(type: TypeSlug): Promise<CollectionEntry<'typeDescriptions'>> {
  const found = (await getCollection('typeDescriptions')).find((d) => d.data.type === type);
  if (!found) {
    throw new Error(
      `src/content/typen/${type}.md is missing: every type needs a description (frontmatter "type: ${type}")`,
    );
  }
  return found;
}
