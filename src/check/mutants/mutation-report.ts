import type { Difficulty } from '../../problems/problem.ts'

// What mutation testing found, per problem and in total: the shapes `sqlprep check --mutants --json` prints.

export type MutantStatus = 'killed' | 'invalid' | 'equivalent' | 'survived'

export interface MutantVerdict {
  key: string
  operator: string
  description: string
  status: MutantStatus
  /** killed: the first case (in Submit order) that rejected it; invalid: the case where it could not run. */
  case?: string
  /** invalid: the error; equivalent: the author's reason. */
  reason?: string
  /** Every case whose data rejected it (not only the first). */
  rejectedBy: string[]
}

export interface TrapVerdict {
  id: string
  /** The first case (in Submit order) that rejected the trap, or null if none did. */
  case: string | null
  rejectedBy: string[]
}

export interface Tally {
  problems: number
  generated: number
  killed: number
  invalid: number
  equivalent: number
  survived: number
  /** killed / (killed + survived): invalid and declared-equivalent mutants are left out. */
  killRate: number | null
}

export interface ProblemMutation {
  path: string
  slug: string
  difficulty: Difficulty
  tally: Tally
  mutants: MutantVerdict[]
  traps: TrapVerdict[]
  /** Hidden cases that are the only case rejecting no trap and no mutant (worth a second look). */
  idleCases: string[]
  /** Defects: stale or wrong equivalence declarations, a reference that cannot be mutated or run. */
  failures: string[]
  seconds: number
}

export interface MutationReport {
  ok: boolean
  problems: ProblemMutation[]
  totals: Tally
  byDifficulty: Partial<Record<Difficulty, Tally>>
  /** Engine time spent on mutation testing, summed over the problems (they run on several engines at once). */
  seconds: number
}

/** The report over some problems' results. */
export function mutationReport(problems: ProblemMutation[]): MutationReport {
  const byDifficulty: MutationReport['byDifficulty'] = {}
  for (const level of ['easy', 'medium', 'hard'] as Difficulty[]) {
    const some = problems.filter((r) => r.difficulty === level)
    if (some.length) byDifficulty[level] = sumTallies(some.map((r) => r.tally))
  }
  return {
    ok: problems.length > 0 && problems.every((r) => r.failures.length === 0 && r.tally.survived === 0),
    problems,
    totals: sumTallies(problems.map((r) => r.tally)),
    byDifficulty,
    seconds: problems.reduce((s, p) => s + p.seconds, 0),
  }
}

export function tally(verdicts: MutantVerdict[], problems = 1): Tally {
  const count = (s: MutantStatus) => verdicts.filter((v) => v.status === s).length
  return finish({ problems, generated: verdicts.length, killed: count('killed'), invalid: count('invalid'), equivalent: count('equivalent'), survived: count('survived'), killRate: null })
}

export function sumTallies(tallies: Tally[]): Tally {
  const sum = (k: 'problems' | 'generated' | 'killed' | 'invalid' | 'equivalent' | 'survived') => tallies.reduce((n, t) => n + t[k], 0)
  return finish({ problems: sum('problems'), generated: sum('generated'), killed: sum('killed'), invalid: sum('invalid'), equivalent: sum('equivalent'), survived: sum('survived'), killRate: null })
}

function finish(t: Tally): Tally {
  const judged = t.killed + t.survived
  return { ...t, killRate: judged ? t.killed / judged : null }
}
