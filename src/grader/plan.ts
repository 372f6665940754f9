// Query plans for performance drills: the JSON that `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` prints (PGlite
// returns it as the text of one json column), read into a small tree a grader, the CLI and the app can share.
// Pure data in, pure data out: nothing here talks to a database, and a malformed plan is an answer
// ({ ok: false, error }), never an exception.
//
// What a drill grades is `buffers`: the shared buffers (hit + read) the execution touched, taken from the root
// node, whose counters include every node below it (InitPlans and SubPlans too). Hit and read are never graded
// apart: the same query on a fresh engine reads pages that a warm one finds in memory (320 + 0 warm,
// 0 + 320 fresh), but their sum is the same. Planning buffers are reported, not graded: they count catalog
// pages the planner looks up, which depends on what earlier statements left in the catalog caches (measured:
// 0 to 159 for one query on identical data; scratch/drill-notes.md).

export interface PlanNode {
  /** Postgres's node type as EXPLAIN's JSON names it: "Seq Scan", "Index Only Scan", "Hash Join", "Aggregate"… */
  nodeType: string
  /** The table a scan reads ("Relation Name"). Postgres names it on heap scans only: a Bitmap Index Scan names its index. */
  relation?: string
  /** The name the query gives that table or CTE ("Alias"), when Postgres prints one. */
  alias?: string
  /** The index an index scan, index-only scan or bitmap index scan uses. */
  index?: string
  /** How the node works, when Postgres says: "Inner" join, "Hashed" aggregate, "Backward" scan, "InitPlan 1", "CTE recent"… */
  details: string[]
  /** Conditions the node applies, in Postgres's words: ["Index Cond", "(customer_id = 42)"], ["Filter", "…"]… */
  conditions: [label: string, text: string][]
  /** Rows the planner expected per loop ("Plan Rows"). */
  estimatedRows: number
  /** Rows the node returned per loop, averaged over loops as Postgres reports them ("Actual Rows"). */
  actualRows: number
  /** How many times the node ran; 0 when it never ran. */
  loops: number
  /** Rows a Filter threw away (all loops), when Postgres reports it. */
  rowsRemovedByFilter?: number
  /** Heap pages an Index Only Scan still had to visit (pages not all-visible), when Postgres reports it. */
  heapFetches?: number
  /** Shared buffers found in memory, this node and everything below it. */
  sharedHit: number
  /** Shared buffers read in, this node and everything below it. */
  sharedRead: number
  /** Time in this node and below it over all its loops ("Actual Total Time" × loops), ms; null with TIMING OFF. */
  totalMs: number | null
  children: PlanNode[]
}

export interface ParsedPlan {
  root: PlanNode
  planningMs: number
  executionMs: number
  /** What a drill grades: shared hit + read of the root node (the whole execution, planning excluded). */
  buffers: number
  /** Shared hit + read during planning: shown for information, never graded (it depends on cache warmth). */
  planningBuffers: number
}

export type PlanParse = { ok: true; plan: ParsedPlan } | { ok: false; error: string }

/** A node's place in the tree: child indexes from the root ([] is the root; [0, 1] is the root's first child's second child). */
export type PlanPath = number[]

/** Deeper than any plan Postgres prints for an allowed query (the parser check stops queries at 300 levels). */
const MAX_DEPTH = 1000

const CONDITION_KEYS = [
  'Index Cond',
  'Recheck Cond',
  'Hash Cond',
  'Merge Cond',
  'Join Filter',
  'Filter',
  'One-Time Filter',
  'Sort Key',
  'Presorted Key',
  'Group Key',
  'Cache Key',
] as const

class PlanShapeError extends Error {}

/**
 * Reads EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output: its text as Postgres prints it, or that text already
 * parsed. Never throws.
 */
export function parsePlan(input: unknown): PlanParse {
  let data = input
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input)
    } catch (e) {
      return { ok: false, error: `the plan is not JSON: ${(e as Error).message}` }
    }
  }
  try {
    // Postgres prints a one-element array; accept the bare object as well.
    const top = Array.isArray(data) ? (data.length === 1 ? data[0] : fail(`expected one plan, found ${data.length}`)) : data
    if (!isRecord(top)) fail('expected an object with a "Plan" member')
    if (!isRecord(top.Plan)) fail('no "Plan" member: is this EXPLAIN (FORMAT JSON) output?')
    const root = readNode(top.Plan, [], 0)
    const planning = isRecord(top.Planning) ? top.Planning : {}
    return {
      ok: true,
      plan: {
        root,
        planningMs: optionalNumber(top, 'Planning Time', []) ?? 0,
        executionMs: requiredNumber(top, 'Execution Time', [], 'run EXPLAIN with ANALYZE'),
        buffers: root.sharedHit + root.sharedRead,
        planningBuffers: (optionalNumber(planning, 'Shared Hit Blocks', []) ?? 0) + (optionalNumber(planning, 'Shared Read Blocks', []) ?? 0),
      },
    }
  } catch (e) {
    if (e instanceof PlanShapeError) return { ok: false, error: e.message }
    return { ok: false, error: `the plan could not be read: ${(e as Error).message}` }
  }
}

function readNode(raw: Record<string, unknown>, path: PlanPath, depth: number): PlanNode {
  if (depth > MAX_DEPTH) fail(`the plan nests more than ${MAX_DEPTH} levels`)
  const nodeType = raw['Node Type']
  if (typeof nodeType !== 'string' || nodeType === '') fail(`a node has no "Node Type"${where(path)}`)
  const loops = requiredNumber(raw, 'Actual Loops', path, 'run EXPLAIN with ANALYZE')
  const perLoopMs = optionalNumber(raw, 'Actual Total Time', path)
  const rawChildren = raw.Plans ?? []
  if (!Array.isArray(rawChildren)) fail(`"Plans" is not a list${where(path)}`)
  const node: PlanNode = {
    nodeType,
    ...optionalString(raw, 'Relation Name', 'relation'),
    ...optionalString(raw, 'Alias', 'alias'),
    ...optionalString(raw, 'Index Name', 'index'),
    details: detailsOf(raw),
    conditions: conditionsOf(raw),
    estimatedRows: requiredNumber(raw, 'Plan Rows', path),
    actualRows: requiredNumber(raw, 'Actual Rows', path, 'run EXPLAIN with ANALYZE'),
    loops,
    ...optionalCount(raw, 'Rows Removed by Filter', 'rowsRemovedByFilter', path),
    ...optionalCount(raw, 'Heap Fetches', 'heapFetches', path),
    sharedHit: requiredNumber(raw, 'Shared Hit Blocks', path, 'run EXPLAIN with BUFFERS'),
    sharedRead: requiredNumber(raw, 'Shared Read Blocks', path, 'run EXPLAIN with BUFFERS'),
    totalMs: perLoopMs === undefined ? null : roundMs(perLoopMs * loops),
    children: rawChildren.map((child, i) => {
      if (!isRecord(child)) fail(`a child plan is not an object${where([...path, i])}`)
      return readNode(child, [...path, i], depth + 1)
    }),
  }
  return node
}

function detailsOf(raw: Record<string, unknown>): string[] {
  const out: string[] = []
  const text = (key: string) => (typeof raw[key] === 'string' && raw[key] !== '' ? (raw[key] as string) : null)
  const join = text('Join Type')
  if (join) out.push(`${join} join`)
  const strategy = text('Strategy')
  if (strategy && strategy !== 'Plain') out.push(strategy)
  if (text('Scan Direction') === 'Backward') out.push('Backward')
  // A CTE Scan prints its CTE's name as its alias unless the query renames it.
  const cte = text('CTE Name')
  if (cte && cte !== text('Alias')) out.push(`CTE ${cte}`)
  const fn = text('Function Name')
  if (fn) out.push(`function ${fn}`)
  const subplan = text('Subplan Name')
  if (subplan) out.push(subplan)
  if (raw['Disabled'] === true) out.push('disabled')
  return out
}

function conditionsOf(raw: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  for (const key of CONDITION_KEYS) {
    const value = raw[key]
    if (typeof value === 'string' && value !== '') out.push([key, value])
    else if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string')) out.push([key, value.join(', ')])
  }
  return out
}

function requiredNumber(raw: Record<string, unknown>, key: string, path: PlanPath, advice?: string): number {
  const value = optionalNumber(raw, key, path)
  if (value === undefined) fail(`no "${key}"${where(path)}${advice ? ` (${advice})` : ''}`)
  return value
}

function optionalNumber(raw: Record<string, unknown>, key: string, path: PlanPath): number | undefined {
  const value = raw[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`"${key}" is not a non-negative number${where(path)}`)
  return value
}

function optionalCount<K extends 'rowsRemovedByFilter' | 'heapFetches'>(raw: Record<string, unknown>, key: string, field: K, path: PlanPath): Partial<Record<K, number>> {
  const value = optionalNumber(raw, key, path)
  return value === undefined ? {} : ({ [field]: value } as Partial<Record<K, number>>)
}

function optionalString<K extends 'relation' | 'alias' | 'index'>(raw: Record<string, unknown>, key: string, field: K): Partial<Record<K, string>> {
  const value = raw[key]
  return typeof value === 'string' && value !== '' ? ({ [field]: value } as Partial<Record<K, string>>) : {}
}

function where(path: PlanPath): string {
  return path.length ? ` (node at [${path.join(', ')}])` : ' (at the root)'
}

function fail(message: string): never {
  throw new PlanShapeError(message)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000
}

/** Every node, parents before children (the order EXPLAIN prints them), with its path. */
export function walkPlan(root: PlanNode): { node: PlanNode; path: PlanPath }[] {
  const out: { node: PlanNode; path: PlanPath }[] = []
  const pending: { node: PlanNode; path: PlanPath }[] = [{ node: root, path: [] }]
  while (pending.length) {
    const item = pending.pop()!
    out.push(item)
    for (let i = item.node.children.length - 1; i >= 0; i--) pending.push({ node: item.node.children[i]!, path: [...item.path, i] })
  }
  return out
}

/** The node at `path`, or undefined when the path leads nowhere. */
export function nodeAt(root: PlanNode, path: PlanPath): PlanNode | undefined {
  let node: PlanNode | undefined = root
  for (const i of path) node = node?.children[i]
  return node
}

/** Shared buffers (hit + read) counted at this node alone: its counters minus its children's (never below 0). */
export function ownBuffers(node: PlanNode): number {
  const below = node.children.reduce((n, c) => n + c.sharedHit + c.sharedRead, 0)
  return Math.max(0, node.sharedHit + node.sharedRead - below)
}

/** How far the estimate is from the actual rows, as a factor ≥ 1 (both counted as at least one row). */
export function misestimate(node: PlanNode): number {
  const estimated = Math.max(node.estimatedRows, 1)
  const actual = Math.max(node.actualRows, 1)
  return Math.max(estimated, actual) / Math.min(estimated, actual)
}
