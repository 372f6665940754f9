import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { datasetsSnapshot } from '../../src/engine/node/snapshot-cache.ts'
import { DATASETS_DIR } from '../../src/engine/node/start-engine.ts'
import { FIXTURE_DATASETS_DIR } from './fixture-paths.ts'

// Build the snapshots once, before test files start engines in parallel.
export default async function setup(): Promise<void> {
  await datasetsSnapshot(await readAllDatasets(DATASETS_DIR))
  await datasetsSnapshot(await readAllDatasets(FIXTURE_DATASETS_DIR))
}
