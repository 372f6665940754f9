import { statSync } from 'node:fs'
import { datasetsSnapshot } from '../../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import type { GradingContract } from '../../grader/contract.ts'
import { gradeTask } from '../../judge/judge.ts'
import { formatVerdict } from '../format-verdict.ts'
import { parse, positiveNumber, print, readSqlFile, UsageError } from '../usage.ts'

/** A setup script is read into memory whole, and the engine's heap is 2 GB. */
const MAX_SETUP_BYTES = 64 * 1024 * 1024

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} MB`

export async function compareCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    setup: { type: 'string' },
    expected: { type: 'string' },
    actual: { type: 'string' },
    order: { type: 'string', default: 'none' },
    columns: { type: 'string', default: 'names' },
    tolerance: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  })
  for (const flag of ['setup', 'expected', 'actual'] as const) if (!values[flag]) throw new UsageError(`--${flag} is required`)
  if (values.order !== 'none' && values.order !== 'total') throw new UsageError('--order must be none or total')
  if (values.columns !== 'names' && values.columns !== 'positions') throw new UsageError('--columns must be names or positions')
  const tolerance = values.tolerance === undefined ? null : Number(values.tolerance)
  if (tolerance !== null && !(tolerance >= 0)) throw new UsageError('--tolerance must be a number ≥ 0')
  const timeoutMs = positiveNumber(values.timeout, '--timeout')

  const setupBytes = statSync(values.setup!, { throwIfNoEntry: false })?.size ?? 0
  if (setupBytes > MAX_SETUP_BYTES)
    throw new Error(`the setup script failed: it is ${megabytes(setupBytes)}; the limit is ${megabytes(MAX_SETUP_BYTES)} (build big data with generate_series instead)`)
  const setup = readSqlFile(values.setup!)
  const expected = readSqlFile(values.expected!)
  const actual = readSqlFile(values.actual!)
  const contract: GradingContract = { columns: values.columns, order: { kind: values.order }, tolerance }

  // An empty database's snapshot is cached on disk: starting from it skips initdb. A failing setup says
  // "the setup script failed: …" itself; any other start failure keeps its own message.
  const base = await datasetsSnapshot([])
  const engine = await startNodeEngine({ source: { kind: 'script', sql: setup, base }, ...(timeoutMs ? { timeoutMs } : {}) })
  try {
    const verdict = await gradeTask(engine, {
      schema: '',
      reference: expected,
      candidate: actual,
      contract,
      cases: [{ ref: { id: 'base', label: 'the setup database', hidden: false } }],
    })
    print(values.json ? JSON.stringify(verdict, null, 2) : formatVerdict(verdict, actual))
    return 0
  } finally {
    await engine.close()
  }
}
