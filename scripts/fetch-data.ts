/**
 * Fills the raw data directory from the official download locations in data/sources.json, or
 * from the mirror (DATA_MIRROR, default ../shared/data) where a download fails: `npm run data:fetch`.
 * Options: --force (fetch again), --offline (mirror only; also DATA_OFFLINE=1).
 */
import { fetchSources } from './pipeline/fetch-sources.ts';
import { PROJECT_INPUTS } from './pipeline/run.ts';

const args = new Set(process.argv.slice(2));
const outcomes = await fetchSources({
  manifestPath: PROJECT_INPUTS.manifestPath,
  rawDir: PROJECT_INPUTS.dataDir,
  mirrorDir: process.env['DATA_MIRROR'] ?? '../shared/data',
  offline: args.has('--offline') || process.env['DATA_OFFLINE'] === '1',
  force: args.has('--force'),
});
for (const o of outcomes) {
  const how = { present: 'already present', downloaded: 'downloaded', mirror: `copied from the mirror (${o.reason})` }[
    o.how
  ];
  console.log(`${o.file}: ${how}`);
}
