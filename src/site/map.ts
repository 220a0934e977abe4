/** What the map shows, for the pages that have one. */
import { mapSummary, type MapSummary } from '../lib/map/map-summary.ts';
import { weakTypes } from '../lib/typology/open-type.ts';
import { meta, municipalities, once, originYears, years } from './dataset.ts';
import { exampleCounts } from './examples.ts';

/** Names, inhabitants, types per year and example counts of today's municipalities. */
export const mapData = once(async (): Promise<MapSummary> =>
  mapSummary(
    await municipalities(),
    years,
    await exampleCounts(),
    originYears,
    weakTypes(meta.typology.leaveOneOut.byType),
  ),
);
