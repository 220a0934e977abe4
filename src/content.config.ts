import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { formerMunicipalitySchema, municipalitySchema } from './lib/dataset.ts';
import { TYPE_SLUGS } from './lib/typology.ts';

// The generated dataset (npm run data:build) is validated again here, entry by entry.
const municipalities = defineCollection({ loader: file('src/data/municipalities.json'), schema: municipalitySchema });
const formerMunicipalities = defineCollection({
  loader: file('src/data/former-municipalities.json'),
  schema: formerMunicipalitySchema,
});

// A longer description of each type, in our own words.
const typeDescriptions = defineCollection({
  loader: glob({ pattern: '*.md', base: 'src/content/typen' }),
  schema: z.strictObject({ type: z.enum(TYPE_SLUGS) }),
});

export const collections = { municipalities, formerMunicipalities, typeDescriptions };
