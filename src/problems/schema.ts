import { z } from 'zod'
import { planRulesSchema } from '../grader/plan-rules.ts'
import { PROBLEM_KINDS } from './problem.ts'
import { TOPIC_IDS } from './topics.ts'

// The problem format (README "Problem format"): problem.md frontmatter and cases.yaml, validated here.

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens')
const caseId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens')
const sql = z.string().trim().min(1, 'SQL is empty')

/** "revenue desc", "name", "2 desc" */
const orderKey = z
  .union([z.string(), z.number().int().positive()])
  .transform((value, ctx) => {
    const m = /^\s*("?)([^"]+?)\1\s*(?:\s(asc|desc))?\s*$/i.exec(String(value))
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `cannot read order key "${value}"; write "column" or "column desc"` })
      return z.NEVER
    }
    const column = /^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]!
    return { column, direction: (m[3]?.toLowerCase() ?? 'asc') as 'asc' | 'desc' }
  })

const order = z
  .union([z.literal('none'), z.literal('total'), z.object({ by: z.array(orderKey).min(1) }).strict()])
  .transform((o) => (o === 'none' ? { kind: 'none' as const } : o === 'total' ? { kind: 'total' as const } : { kind: 'partial' as const, by: o.by }))

export const gradingSchema = z
  .object({
    columns: z.enum(['names', 'positions']).default('names'),
    order: order.default({ kind: 'none' }),
    tolerance: z.number().nonnegative().nullable().default(null),
  })
  .strict()

const tableName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table name in lower case')

/** A write task's tables: what each target must hold afterwards, and which tables must stay as they were. */
export const transformSchema = z
  .object({
    targets: z
      .array(
        z
          .object({
            table: tableName,
            /** Compare only these columns (e.g. leave out a load timestamp); default every column. */
            columns: z.array(tableName).min(1).optional(),
            tolerance: z.number().nonnegative().nullable().default(null),
          })
          .strict(),
      )
      .min(1),
    untouched: z.array(tableName).default([]),
    /** The script run twice must leave the same state as run once. */
    idempotent: z.boolean().default(false),
  })
  .strict()

/** A performance drill: the slow query shown, the tables that may be indexed, the plan rules. */
export const optimizeSchema = z
  .object({
    given: sql,
    tables: z.array(tableName).min(1),
    maxIndexes: z.number().int().min(0).max(10).default(3),
    plan: planRulesSchema,
  })
  .strict()

export const frontmatterSchema = z
  .object({
    kind: z.enum(PROBLEM_KINDS).default('query'),
    transform: transformSchema.optional(),
    optimize: optimizeSchema.optional(),
    id: z.uuid('must be a UUID (it never changes: progress is keyed by it)'),
    slug,
    title: z.string().trim().min(3),
    dataset: z.string().min(1),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    plan: z
      .object({
        week: z.number().int().min(1).max(13),
        days: z.tuple([z.number().int().min(1).max(90), z.number().int().min(1).max(90)]),
      })
      .strict()
      .refine((p) => p.days[0] <= p.days[1], 'days must be [first, last]'),
    topics: z.array(z.enum(TOPIC_IDS)).min(1),
    scenario: z.string().trim().min(3),
    targetMinutes: z.number().int().positive().optional(),
    grading: gradingSchema.default({ columns: 'names', order: { kind: 'none' }, tolerance: null }),
    hints: z.array(z.string().trim().min(1)).min(1),
  })
  .strict()
  .refine((m) => (m.kind === 'transform') === (m.transform !== undefined), {
    message: 'a transform problem declares its tables under transform:, and only a transform problem does',
    path: ['transform'],
  })
  .refine((m) => (m.kind === 'optimize') === (m.optimize !== undefined), {
    message: 'a drill (kind: optimize) declares its given query, tables and plan rules under optimize:, and only a drill does',
    path: ['optimize'],
  })

const namedSql = z.object({ id: caseId, why: z.string().trim().min(10), sql }).strict()

/** A mutant of the reference that no data can tell apart from it (src/check/mutants), and why. */
export const equivalentMutantSchema = z
  .object({
    mutant: z.string().trim().min(1, 'name the mutant by its key or its mutated text'),
    why: z.string().trim().min(10).refine((s) => !s.includes('\n'), 'one line'),
  })
  .strict()

export const casesSchema = z
  .object({
    example: z
      .object({
        setup: sql,
        tables: z.array(z.string().min(1)).min(1),
      })
      .strict(),
    cases: z.array(z.object({ id: caseId, why: z.string().trim().min(10), setup: sql }).strict()).min(2),
    traps: z.array(namedSql).min(1),
    alternates: z.array(namedSql).default([]),
    equivalent_mutants: z.array(equivalentMutantSchema).default([]),
  })
  .strict()

export type Frontmatter = z.output<typeof frontmatterSchema>
export type CasesFile = z.output<typeof casesSchema>
export type EquivalentMutant = z.output<typeof equivalentMutantSchema>
