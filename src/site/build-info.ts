/** The version, commit and date of this build, for citing the site (see scripts/build-data.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import packageJson from '../../package.json';

const buildSchema = z.strictObject({
  date: z.iso.date(),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
});
// A dataset written by the pipeline alone (as the tests' fixture sites are) has no build file.
const file = 'src/data/build.json';
const built = existsSync(file) ? buildSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;

/** The site's version (package.json), the commit it was built from, and the day its data were built. */
export const buildInfo = {
  version: packageJson.version,
  commit: built?.commit ?? null,
  date: built?.date ?? null,
};
