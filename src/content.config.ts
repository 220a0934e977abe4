import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { formerMunicipalitySchema, municipalitySchema } from './lib/figures/dataset-schema.ts';
import { exampleSchema } from './lib/examples/example-schema.ts';
import { expecting, TYPE_SLUG_EXPECTED } from './lib/checks/field-errors.ts';
import { TYPE_SLUGS } from './lib/typology/wrr-types.ts';
import { typeDescriptionLoader } from './site/type-description-loader.ts';

// The generated dataset (npm run data:build) is validated again here, entry by entry.
const municipalities = defineCollection({ loader: file('src/data/municipalities.json'), schema: municipalitySchema });
const formerMunicipalities = defineCollection({
  loader: file('src/data/former-municipalities.json'),
  schema: formerMunicipalitySchema,
});

// A longer description of each type, in our own words, named by its slug; its numbers come from the rules.
const typeDescriptions = defineCollection({
  loader: typeDescriptionLoader('src/content/typen'),
  schema: z.strictObject({
    type: z.enum(TYPE_SLUGS, { error: expecting(`a file name that is ${TYPE_SLUG_EXPECTED}`) }),
  }),
});

// Practice examples: one Markdown file each; municipality codes must exist on today's map (a wrong one is refused with the closest).
const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as { code: string; name: string }[];
const examples = defineCollection({
  loader: glob({ pattern: '*.md', base: 'src/content/voorbeelden' }),
  schema: exampleSchema(today),
});

export const collections = { municipalities, formerMunicipalities, typeDescriptions, examples };
