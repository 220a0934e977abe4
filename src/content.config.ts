import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { formerMunicipalitySchema, municipalitySchema } from './lib/dataset.ts';

// The generated dataset (npm run data:build) is validated again here, entry by entry.
const municipalities = defineCollection({ loader: file('src/data/municipalities.json'), schema: municipalitySchema });
const formerMunicipalities = defineCollection({
  loader: file('src/data/former-municipalities.json'),
  schema: formerMunicipalitySchema,
});

export const collections = { municipalities, formerMunicipalities };
