/** The pipeline's JSON files that the pages import whole, each checked against its schema with a located error. */
import type { Topology } from 'topojson-specification';
import mapJson from '../data/map.topo.json';
import metaJson from '../data/meta.json';
import { mapFileSchema, metaSchema } from '../lib/figures/dataset-schema.ts';
import { validated } from '../lib/checks/validated.ts';

/** National figures, years, sources and the pipeline's reports (src/data/meta.json). */
export const meta = validated(metaSchema, metaJson, 'src/data/meta.json');

/** Today's municipality boundaries (src/data/map.topo.json), typed as topojson-client reads them. */
export const topology = validated(mapFileSchema, mapJson, 'src/data/map.topo.json') as unknown as Topology;
