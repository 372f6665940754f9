import { PgliteSession } from './pglite-session.ts'
import { casesOneByOne } from './cases-one-by-one.ts'
import type { CaseJob, CaseOutcome, DatabaseSource, Engine } from './types.ts'

// The engine in the caller's own thread: no time limit can be enforced (PGlite blocks the thread), so
// it is for trusted SQL and tests. Learner SQL goes through WorkerEngine.

export class InProcessEngine implements Engine {
  private constructor(
    private session: PgliteSession,
    private readonly snapshot: Uint8Array,
  ) {}

  static async start(source: DatabaseSource): Promise<InProcessEngine> {
    const session = await PgliteSession.open(source)
    const snapshot = source.kind === 'snapshot' ? source.data : await session.snapshot()
    return new InProcessEngine(session, snapshot)
  }

  async runCase(job: CaseJob): Promise<CaseOutcome> {
    const outcome = await this.session.runCase(job)
    if (this.session.compromised) {
      await this.session.close()
      this.session = await PgliteSession.open({ kind: 'snapshot', data: this.snapshot })
    }
    return outcome
  }

  runCases(jobs: CaseJob[]): AsyncGenerator<CaseOutcome> {
    return casesOneByOne(this, jobs)
  }

  close(): Promise<void> {
    return this.session.close()
  }
}
