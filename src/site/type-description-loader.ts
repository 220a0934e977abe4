/**
 * The loader of the type descriptions: src/content/typen/<slug>.md, one per type, named by its
 * slug. Their numbers are placeholders, filled from the rule table and the built dataset before
 * the Markdown is rendered (see lib/typology/placeholders.ts), so that prose and rules cannot disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { metaSchema } from '../lib/figures/dataset-schema.ts';
import { formatMillions, formatShare } from '../lib/words/format.ts';
import { fillPlaceholders } from '../lib/typology/placeholders.ts';
import { validated } from '../lib/checks/validated.ts';

/** Figures from the built dataset that prose may name: the WRR's count of people in homogeneous municipalities. */
function facts(): Record<string, string> {
  // Read when the loader runs (not imported), so a rebuilt dataset is picked up while the site is served.
  const file = 'src/data/meta.json';
  const meta = validated(metaSchema, JSON.parse(readFileSync(file, 'utf8')), file);
  const { year, wrr } = meta.typology.homogeneous;
  return {
    'wrr:homogeen-jaar': String(year),
    'wrr:homogeen-inwoners': formatMillions(wrr.inhabitants),
    'wrr:homogeen-aandeel': formatShare(wrr.share),
  };
}

/** Loads every description of `base`, filled in and rendered; its id (the file name) must be a type's slug. */
export function typeDescriptionLoader(base: string): Loader {
  return {
    name: 'type-descriptions',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const known = facts();
      for (const name of readdirSync(base).filter((f) => f.endsWith('.md'))) {
        const id = name.replace(/\.md$/, '');
        const filePath = join(base, name);
        const body = fillPlaceholders(readFileSync(filePath, 'utf8'), filePath, known);
        const data = await context.parseData({ id, data: { type: id }, filePath });
        const rendered = await context.renderMarkdown(body);
        store.set({ id, data, body, filePath, digest: context.generateDigest(body), rendered });
      }
    },
  };
}
