/** The map's data for this dataset, shared by the pages with a map and by /data/gemeenten.json. */
import { mapSummary, type MapSummary } from '../lib/map-summary.ts';
import { municipalities, years } from './dataset.ts';
import { exampleCounts } from './examples.ts';

/** Names, aliases, inhabitants, types per year and example counts of today's municipalities. */
export async function mapData(): Promise<MapSummary> {
  return mapSummary(await municipalities(), years, await exampleCounts());
}
