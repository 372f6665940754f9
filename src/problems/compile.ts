import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { z } from 'zod'
import type { GradingContract } from '../grader/contract.ts'
import { TARGET_MINUTES } from './bank.ts'
import type { Problem, ProblemId } from './problem.ts'
import { casesSchema, frontmatterSchema } from './schema.ts'

// Problem folders → typed problems. Every defect becomes an issue naming the file and field; nothing
// here throws on bad input.

export const PROBLEM_FILES = ['problem.md', 'solution.sql', 'cases.yaml', 'explanation.md'] as const

export interface ProblemFiles {
  /** Folder path relative to the repository, e.g. problems/joins/0003-customers-without-orders */
  dir: string
  files: Partial<Record<(typeof PROBLEM_FILES)[number], string>>
}

export interface BankIssue {
  file: string
  field?: string
  message: string
}

export interface BankContext {
  /** Dataset name → its table names. */
  datasets: Record<string, string[]>
}

const RESERVED_CASE_IDS = ['base', 'example', 'reordered']

export type CompiledProblem = ReturnType<typeof compileProblem>

/** `compile`: how one problem is compiled (the CLI's reads earlier results from a disk cache). */
export function compileBank(all: ProblemFiles[], context: BankContext, compile = compileProblem): { problems: Problem[]; issues: BankIssue[] } {
  const problems: Problem[] = []
  const issues: BankIssue[] = []
  for (const files of all) {
    const result = compile(files, context)
    if (result.ok) problems.push(result.problem)
    else issues.push(...result.issues)
  }
  const conflicted = new Set<Problem>()
  for (const key of ['id', 'slug'] as const) {
    const seen = new Map<string, Problem>()
    for (const p of problems) {
      const other = seen.get(p[key])
      if (!other) {
        seen.set(p[key], p)
        continue
      }
      issues.push({ file: `${p.path}/problem.md`, field: key, message: `duplicate ${key} "${p[key]}", also used by ${other.path}` })
      conflicted.add(p).add(other)
    }
  }
  // Problems in a conflict are left out: progress keyed by a shared id would mix them up.
  return { problems: problems.filter((p) => !conflicted.has(p)), issues }
}

export function compileProblem(
  { dir, files }: ProblemFiles,
  context: BankContext,
): { ok: true; problem: Problem } | { ok: false; issues: BankIssue[] } {
  const issues: BankIssue[] = []
  const add = (file: string, message: string, field?: string) => issues.push({ file: `${dir}/${file}`, message, ...(field ? { field } : {}) })

  for (const name of PROBLEM_FILES) if (files[name] === undefined) add(name, 'file is missing')
  if (issues.length) return { ok: false, issues }

  const { frontmatter, body, error } = splitFrontmatter(files['problem.md']!)
  if (error) return { ok: false, issues: [{ file: `${dir}/problem.md`, message: error }] }
  const meta = validate(frontmatterSchema, readYaml(frontmatter, `${dir}/problem.md`, issues), `${dir}/problem.md`, issues)
  const cases = validate(casesSchema, readYaml(files['cases.yaml']!, `${dir}/cases.yaml`, issues), `${dir}/cases.yaml`, issues)
  if (!meta || !cases) return { ok: false, issues }

  const folder = dir.split('/').at(-1) ?? ''
  if (!new RegExp(`^\\d{4}-${meta.slug}$`).test(folder)) add('problem.md', `folder name must be NNNN-${meta.slug}`, 'slug')
  const tables = context.datasets[meta.dataset]
  if (!tables) add('problem.md', `unknown dataset "${meta.dataset}" (known: ${Object.keys(context.datasets).join(', ')})`, 'dataset')
  else {
    for (const t of cases.example.tables)
      if (!tables.includes(t)) add('cases.yaml', `table "${t}" is not in dataset ${meta.dataset}`, 'example.tables')
    for (const t of [...(meta.transform?.targets.map((x) => x.table) ?? []), ...(meta.transform?.untouched ?? [])])
      if (!tables.includes(t)) add('problem.md', `table "${t}" is not in dataset ${meta.dataset}`, 'transform')
    for (const t of meta.optimize?.tables ?? []) if (!tables.includes(t)) add('problem.md', `table "${t}" is not in dataset ${meta.dataset}`, 'optimize.tables')
  }
  for (const t of meta.transform?.targets ?? [])
    if (!body.toLowerCase().includes(`\`${t.table}\``)) add('problem.md', `the statement never names target table \`${t.table}\` (write it in backticks)`, 'transform')
  if (body.trim().length < 40) add('problem.md', 'the statement is missing or too short')
  const html = findHtml(body)
  if (html) add('problem.md', `the statement must be Markdown without HTML; found ${html}`)
  if (!files['explanation.md']!.trim()) add('explanation.md', 'the explanation is empty')

  for (const list of ['cases', 'traps', 'alternates'] as const) {
    const seen = new Set<string>()
    cases[list].forEach((c, i) => {
      if (seen.has(c.id)) add('cases.yaml', `duplicate id "${c.id}"`, `${list}[${i}].id`)
      if (list === 'cases' && RESERVED_CASE_IDS.includes(c.id)) add('cases.yaml', `"${c.id}" is reserved`, `${list}[${i}].id`)
      seen.add(c.id)
    })
  }
  // ANALYZE and VACUUM write statistics in place, outside the run's transaction: the next run would plan
  // differently. A setup that needs a plan uses SET LOCAL, which ends with the run.
  ;[cases.example, ...cases.cases].forEach((c, i) => {
    if (/\b(analyze|analyse|vacuum)\b/i.test(c.setup.replace(/--.*$/gm, '')))
      add('cases.yaml', 'a setup may not ANALYZE or VACUUM: statistics would outlive the run (use SET LOCAL to steer the plan)', i === 0 ? 'example.setup' : `cases[${i - 1}].setup`)
  })
  if (meta.difficulty !== 'easy' && cases.alternates.length === 0)
    add('cases.yaml', 'a medium or hard problem needs at least one alternate solution', 'alternates')
  if (issues.length) return { ok: false, issues }

  const contract: GradingContract = { columns: meta.grading.columns, order: meta.grading.order, tolerance: meta.grading.tolerance }
  return {
    ok: true,
    problem: {
      id: meta.id as ProblemId,
      kind: meta.kind,
      ...(meta.transform
        ? {
            transform: {
              targets: meta.transform.targets.map((t) => ({ table: t.table, columns: t.columns ?? null, tolerance: t.tolerance })),
              untouched: meta.transform.untouched,
              idempotent: meta.transform.idempotent,
            },
          }
        : {}),
      ...(meta.optimize
        ? { optimize: { given: meta.optimize.given.trim(), tables: meta.optimize.tables, maxIndexes: meta.optimize.maxIndexes, plan: meta.optimize.plan } }
        : {}),
      slug: meta.slug,
      title: meta.title,
      dataset: meta.dataset,
      difficulty: meta.difficulty,
      plan: { week: meta.plan.week, days: [meta.plan.days[0], meta.plan.days[1]] },
      topics: meta.topics,
      scenario: meta.scenario,
      targetMinutes: meta.targetMinutes ?? TARGET_MINUTES[meta.difficulty],
      contract,
      hints: meta.hints,
      statement: body.trim(),
      solution: files['solution.sql']!.trim(),
      explanation: files['explanation.md']!.trim(),
      example: cases.example,
      cases: cases.cases,
      equivalentMutants: cases.equivalent_mutants,
      traps: cases.traps,
      alternates: cases.alternates,
      path: dir,
    },
  }
}

function splitFrontmatter(text: string): { frontmatter: string; body: string; error?: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!m) return { frontmatter: '', body: '', error: 'must start with a YAML frontmatter block between two "---" lines' }
  return { frontmatter: m[1]!, body: m[2]! }
}

function readYaml(text: string, file: string, issues: BankIssue[]): unknown {
  try {
    return parseYaml(text)
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` (line ${e.linePos[0].line})` : ''
    issues.push({ file, message: `invalid YAML${where}: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string, issues: BankIssue[]): z.output<S> | null {
  if (value === undefined) return null
  const result = schema.safeParse(value)
  if (result.success) return result.data
  for (const issue of result.error.issues) issues.push({ file, field: issue.path.join('.') || undefined, message: issue.message })
  return null
}

function findHtml(markdown: string): string | null {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
  const m = /<\/?[a-zA-Z][^>]*>/.exec(withoutCode)
  return m ? m[0] : null
}
