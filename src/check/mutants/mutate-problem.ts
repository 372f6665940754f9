import type { Engine } from '../../engine/types.ts'
import { problemCases } from '../../judge/grade-problem.ts'
import type { Problem } from '../../problems/problem.ts'
import type { EquivalentMutant } from '../../problems/schema.ts'
import { declares } from './equivalences.ts'
import { generateMutants } from './generate-mutants.ts'
import { gradeCandidatesOnCase, type CandidateGrade } from './grade-candidates.ts'
import type { Mutant } from './mutant.ts'
import { tally, type MutantVerdict, type ProblemMutation, type TrapVerdict } from './mutation-report.ts'

// Mutation testing for one problem: generate the reference's mutants, grade each (and each trap) on the
// visible data, the example and every hidden case, and say which case rejected what. A mutant rejected
// on some case is killed (by the first, in Submit order); one that cannot run is invalid; one that passes
// everywhere is declared equivalent in cases.yaml or it survives.

const REJECTED_ON_DATA = ['wrong', 'too_many_rows']

export interface MutateOptions {
  /**
   * 'every-case' (the default) grades every candidate on every case. 'first-rejection' grades the example
   * first (a handful of rows: fast) and stops running a candidate once a case rejects it: the statuses are
   * the same, but a killed mutant's `case` and `rejectedBy` name only that case, and idle cases are not
   * looked for.
   */
  depth?: 'every-case' | 'first-rejection'
}

export async function mutateProblem(engine: Engine, problem: Problem, options: MutateOptions = {}): Promise<ProblemMutation> {
  const everyCase = options.depth !== 'first-rejection'
  const declarations = problem.equivalentMutants
  const started = performance.now()
  const failures: string[] = []
  const generated = await generateMutants(problem.solution, { orderedContract: problem.contract.order.kind !== 'none' })
  const mutants = generated.ok ? generated.mutants : []
  if (!generated.ok) failures.push(generated.error)

  const cases = problemCases(problem)
  const candidates = [...problem.traps.map((t) => t.sql), ...mutants.map((m) => m.sql)]
  // grades[candidate][case, in Submit order]; a candidate no longer run has no grade on the later cases.
  const grades: (CandidateGrade | undefined)[][] = candidates.map(() => cases.map(() => undefined))
  // A candidate that ran past the time limit once is invalid already: running it again only costs time.
  const settled = (i: number) => grades[i]!.some((g) => g !== undefined && (g.kind === 'timeout' || (!everyCase && g.kind !== 'pass')))
  const inSubmitOrder = [...cases.keys()]
  const example = cases.findIndex((c) => c.ref.id === 'example')
  const runOrder = everyCase ? inSubmitOrder : [example, ...inSubmitOrder.filter((k) => k !== example)]
  for (const k of runOrder) {
    const running = candidates.map((_, i) => i).filter((i) => !settled(i))
    const graded = await gradeCandidatesOnCase(engine, problem, cases[k]!, running.map((i) => candidates[i]!))
    if (!graded.ok) {
      failures.push(graded.error)
      return result(problem, [], [], [], failures, started)
    }
    const onCase = new Map(graded.grades.map((g, j) => [running[j]!, g]))
    grades.forEach((row, i) => (row[k] = onCase.get(i)))
  }
  const caseIds = cases.map((c) => c.ref.id)
  const rejectedBy = (i: number) => caseIds.filter((_, k) => REJECTED_ON_DATA.includes(grades[i]![k]?.kind ?? ''))

  const traps: TrapVerdict[] = problem.traps.map((t, i) => {
    const first = grades[i]!.findIndex((g) => g && g.kind !== 'pass')
    return { id: t.id, case: first < 0 ? null : caseIds[first]!, rejectedBy: rejectedBy(i) }
  })
  const verdicts = mutants.map((m, j) => verdictFor(m, grades[problem.traps.length + j]!, caseIds, rejectedBy(problem.traps.length + j), declarations))

  for (const d of declarations) {
    const matched = mutants.filter((m) => declares(d, m))
    const wrong = verdicts.filter((v, j) => declares(d, mutants[j]!) && v.status !== 'equivalent')
    if (!matched.length) failures.push(`equivalent_mutants: "${d.mutant}" matches no mutant of the reference (stale: remove it)`)
    for (const v of wrong) failures.push(`equivalent_mutants: "${d.mutant}" is declared equivalent but is ${v.status}${v.case ? ` on ${v.case}` : ''}`)
  }

  const unique = new Set([...traps.map((t) => t.rejectedBy), ...verdicts.map((v) => v.rejectedBy)].filter((r) => r.length === 1).map((r) => r[0]!))
  const idleCases = everyCase ? cases.filter((c) => c.ref.hidden && !unique.has(c.ref.id)).map((c) => c.ref.id) : []
  return result(problem, verdicts, traps, idleCases, failures, started)
}

function verdictFor(mutant: Mutant, grades: (CandidateGrade | undefined)[], caseIds: string[], rejectedBy: string[], declarations: EquivalentMutant[]): MutantVerdict {
  const base = { key: mutant.key, operator: mutant.operator, description: mutant.description, rejectedBy }
  const first = grades.findIndex((g) => g && g.kind !== 'pass')
  if (first >= 0) {
    const g = grades[first]!
    if ('message' in g) return { ...base, status: 'invalid', case: caseIds[first]!, reason: `${g.kind}: ${g.message}` }
    return { ...base, status: 'killed', case: caseIds[first]! }
  }
  const declaration = declarations.find((d) => declares(d, mutant))
  return declaration ? { ...base, status: 'equivalent', reason: declaration.why } : { ...base, status: 'survived' }
}

function result(problem: Problem, mutants: MutantVerdict[], traps: TrapVerdict[], idleCases: string[], failures: string[], started: number): ProblemMutation {
  return {
    path: problem.path,
    slug: problem.slug,
    difficulty: problem.difficulty,
    tally: tally(mutants),
    mutants,
    traps,
    idleCases,
    failures,
    seconds: (performance.now() - started) / 1000,
  }
}
