import type { CaseJob, CaseOutcome, Engine, RunOptions } from './types.ts'

/** runCases for an engine that runs one job at a time: each job once the previous one has answered and been read. */
export async function* casesOneByOne(engine: Pick<Engine, 'runCase'>, jobs: CaseJob[], options?: RunOptions): AsyncGenerator<CaseOutcome> {
  for (const job of jobs) yield await engine.runCase(job, options)
}
