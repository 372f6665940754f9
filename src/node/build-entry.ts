// The one entry into src/ for the app's build plugins (web/build/, run by Vite in Node): what they need
// to compile the bank, snapshot the datasets and compute each statement's example and schema. The page
// itself enters through web/src/core.ts; tests/architecture.test.ts keeps both boundaries.
export { formatIssues } from '../cli/commands/check.ts'
export { datasetsLayeredSnapshot, datasetsSnapshot } from '../engine/node/snapshot-cache.ts'
export { InProcessEngine } from '../engine/in-process-engine.ts'
export { quoteIdent, quoteLiteral } from '../engine/load-datasets.ts'
export type { DatasetFiles, RawResult } from '../engine/types.ts'
export type { LayeredSnapshot } from '../engine/snapshot-layers.ts'
export { computeExample, type ProblemExample } from '../judge/example.ts'
export { REORDERED_CASE } from '../judge/grade-problem.ts'
export { loadRepository } from './repository.ts'
