import { Bank, sortForPlan } from '../../problems/bank.ts'
import { PROBLEM_KINDS, type ProblemKind } from '../../problems/problem.ts'
import { TOPIC_IDS, type Topic } from '../../problems/topics.ts'
import { loadRepositoryWarning } from '../load-bank.ts'
import { parse, print, UsageError } from '../usage.ts'

export async function listCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    json: { type: 'boolean' },
    kind: { type: 'string' },
    difficulty: { type: 'string' },
    topic: { type: 'string' },
    day: { type: 'string' },
    dataset: { type: 'string' },
  })
  const difficulty = values.difficulty as 'easy' | 'medium' | 'hard' | undefined
  if (difficulty && !['easy', 'medium', 'hard'].includes(difficulty)) throw new UsageError('--difficulty must be easy, medium or hard')
  if (values.topic && !TOPIC_IDS.includes(values.topic as Topic)) throw new UsageError(`unknown topic; known: ${TOPIC_IDS.join(', ')}`)
  const kind = values.kind as ProblemKind | undefined
  if (kind && !PROBLEM_KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${PROBLEM_KINDS.join(', ')}`)
  const day = values.day === undefined ? undefined : Number(values.day)
  if (day !== undefined && !Number.isInteger(day)) throw new UsageError('--day must be a whole number')

  const repo = await loadRepositoryWarning()
  const problems = sortForPlan(
    new Bank(repo.problems).filter({
      ...(kind ? { kind } : {}),
      ...(difficulty ? { difficulty } : {}),
      ...(values.topic ? { topic: values.topic as Topic } : {}),
      ...(day !== undefined ? { day } : {}),
      ...(values.dataset ? { dataset: values.dataset } : {}),
    }),
  )
  if (values.json) {
    const rows = problems.map((p) => ({
      id: p.id,
      slug: p.slug,
      kind: p.kind,
      title: p.title,
      difficulty: p.difficulty,
      plan: p.plan,
      topics: p.topics,
      dataset: p.dataset,
      scenario: p.scenario,
    }))
    print(JSON.stringify(rows, null, 2))
    return 0
  }
  const w = Math.max(4, ...problems.map((p) => p.slug.length))
  print(`${'days'.padEnd(6)} ${'kind'.padEnd(9)} ${'level'.padEnd(6)} ${'slug'.padEnd(w)}  title`)
  for (const p of problems) {
    const days = p.plan.days[0] === p.plan.days[1] ? `${p.plan.days[0]}` : `${p.plan.days[0]}-${p.plan.days[1]}`
    print(`${days.padEnd(6)} ${p.kind.padEnd(9)} ${p.difficulty.padEnd(6)} ${p.slug.padEnd(w)}  ${p.title}  [${p.topics.join(', ')}]`)
  }
  print(`${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  return 0
}
