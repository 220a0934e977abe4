import { readFileSync } from 'node:fs';
import type { FormerMunicipality, Municipality } from '../../src/lib/dataset-schema.ts';

/** The generated dataset (npm run data:build), as the pages get it. */
export const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
export const former = JSON.parse(readFileSync('src/data/former-municipalities.json', 'utf8')) as FormerMunicipality[];

/** One of today's municipalities by code. */
export const municipality = (code: string) => today.find((m) => m.code === code)!;
