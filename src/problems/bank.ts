import type { Difficulty, Problem, ProblemKind } from './problem.ts'
import type { Topic } from './topics.ts'

export interface BankFilter {
  kind?: ProblemKind
  difficulty?: Difficulty
  topic?: Topic
  dataset?: string
  /** Problems whose plan day range includes this day. */
  day?: number
  week?: number
  search?: string
}

/** The target time per difficulty, in minutes; a problem may declare its own (`targetMinutes`). */
export const TARGET_MINUTES: Record<Difficulty, number> = { easy: 10, medium: 20, hard: 30 }

export class Bank {
  private readonly byKey = new Map<string, Problem>()

  constructor(readonly problems: Problem[]) {
    for (const p of problems) {
      this.byKey.set(p.id, p)
      this.byKey.set(p.slug, p)
      const number = problemNumber(p.path)
      if (number) this.byKey.set(number, p)
    }
  }

  /** By id (UUID), slug or number (the folder's 4-digit prefix, e.g. "0103"); exact matches only. */
  find(key: string): Problem | undefined {
    return this.byKey.get(key)
  }

  filter(f: BankFilter): Problem[] {
    const search = f.search?.toLowerCase()
    return this.problems.filter(
      (p) =>
        (!f.kind || p.kind === f.kind) &&
        (!f.difficulty || p.difficulty === f.difficulty) &&
        (!f.topic || p.topics.includes(f.topic)) &&
        (!f.dataset || p.dataset === f.dataset) &&
        (f.day === undefined || (p.plan.days[0] <= f.day && f.day <= p.plan.days[1])) &&
        (f.week === undefined || p.plan.week === f.week) &&
        (!search || p.title.toLowerCase().includes(search) || p.slug.includes(search)),
    )
  }
}

/** Plan order: by first plan day, then difficulty, then slug. */
export function sortForPlan(problems: Problem[]): Problem[] {
  const rank = { easy: 0, medium: 1, hard: 2 }
  return [...problems].sort(
    (a, b) => a.plan.days[0] - b.plan.days[0] || rank[a.difficulty] - rank[b.difficulty] || a.slug.localeCompare(b.slug),
  )
}

/** The problem's number: the 4-digit prefix of its folder (problems/<section>/<NNNN>-<slug>), if it has one. */
export function problemNumber(folder: string): string | undefined {
  return /(?:^|\/)(\d{4})-[^/]*\/?$/.exec(folder)?.[1]
}
