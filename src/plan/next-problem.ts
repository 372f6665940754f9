import { sortForPlan } from '../problems/bank.ts'
import type { Problem } from '../problems/problem.ts'
import type { ProgressState } from '../progress/reducer.ts'

// What "Next problem" after an accepted submission opens: the next problem in the plan's order that the
// learner has not solved; past the plan's last one, an unsolved problem on one of the same topics.

export interface NextProblem {
  problem: Problem
  /** `plan`: next in plan order; `topic`: shares a topic with the problem just solved. */
  why: 'plan' | 'topic'
}

export function nextProblem(problems: Problem[], progress: ProgressState, currentId: string): NextProblem | null {
  const ordered = sortForPlan(problems)
  const at = ordered.findIndex((p) => p.id === currentId)
  const current = ordered[at]
  const open = (p: Problem) => p.id !== currentId && progress.problems[p.id]?.status !== 'solved'
  const later = ordered.slice(at + 1).find(open)
  if (later) return { problem: later, why: 'plan' }
  const sameTopic = current && ordered.find((p) => open(p) && p.topics.some((t) => current.topics.includes(t)))
  return sameTopic ? { problem: sameTopic, why: 'topic' } : null
}
