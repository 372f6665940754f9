import { describe, expect, it } from 'vitest'
import { compileBank, compileProblem } from '../../src/problems/compile.ts'
import { MINI_CASES, MINI_CONTEXT, MINI_FRONTMATTER, MINI_TRANSFORM_FRONTMATTER, miniProblemFiles, miniTransformFiles } from '../support/problem-files.ts'

function issuesOf(files: ReturnType<typeof miniProblemFiles>) {
  const r = compileProblem(files, MINI_CONTEXT)
  return r.ok ? [] : r.issues
}

describe('compiling a problem folder', () => {
  it('turns a valid folder into a typed problem with the contract and defaults applied', () => {
    const r = compileProblem(miniProblemFiles(), MINI_CONTEXT)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.problem).toMatchObject({
      slug: 'headcount-by-department',
      targetMinutes: 20,
      contract: {
        columns: 'names',
        tolerance: null,
        order: { kind: 'partial', by: [{ column: 'headcount', direction: 'desc' }, { column: 'department', direction: 'asc' }] },
      },
    })
    expect(r.problem.cases.map((c) => c.id)).toEqual(['empty-company', 'same-name-departments'])
  })

  it('refuses a case setup that runs ANALYZE or VACUUM, whose statistics would outlive the rolled-back run', () => {
    const cases = MINI_CASES.replace('setup: delete from staff\n', 'setup: delete from staff; analyze staff\n')
    expect(cases).not.toBe(MINI_CASES)
    expect(issuesOf(miniProblemFiles({ cases }))).toEqual([
      expect.objectContaining({ field: 'cases[0].setup', message: expect.stringContaining('may not ANALYZE or VACUUM') }),
    ])
    const commented = MINI_CASES.replace('setup: delete from staff\n', 'setup: delete from staff -- no analyze here\n')
    expect(issuesOf(miniProblemFiles({ cases: commented }))).toEqual([])
  })

  it('names the file and the line of a YAML syntax error', () => {
    const issues = issuesOf(miniProblemFiles({ cases: 'cases:\n  - id: a\n   why: [unclosed' }))
    expect(issues).toHaveLength(1)
    expect(issues[0]!.file).toBe('problems/joins/0001-headcount-by-department/cases.yaml')
    expect(issues[0]!.message).toMatch(/^invalid YAML \(line \d+\)/)
  })

  it('rejects an unknown dataset and lists the known ones', () => {
    const issues = issuesOf(miniProblemFiles({ frontmatter: MINI_FRONTMATTER.replace('dataset: mini', 'dataset: nope') }))
    expect(issues).toEqual([
      { file: 'problems/joins/0001-headcount-by-department/problem.md', field: 'dataset', message: 'unknown dataset "nope" (known: mini)' },
    ])
  })

  it('rejects a topic outside the closed vocabulary, naming the field', () => {
    const issues = issuesOf(miniProblemFiles({ frontmatter: MINI_FRONTMATTER.replace('[left-join, aggregation]', '[left-join, joinz]') }))
    expect(issues[0]).toMatchObject({ file: expect.stringMatching(/problem\.md$/), field: 'topics.1' })
  })

  it('reports a missing solution file', () => {
    const files = miniProblemFiles()
    delete files.files['solution.sql']
    expect(issuesOf(files)).toEqual([{ file: 'problems/joins/0001-headcount-by-department/solution.sql', message: 'file is missing' }])
  })

  it('rejects a problem.md without frontmatter', () => {
    const files = miniProblemFiles()
    files.files['problem.md'] = 'Just a statement'
    expect(issuesOf(files)[0]!.message).toContain('frontmatter')
  })

  it('rejects an id that is not a UUID, a folder that does not match the slug, and HTML in the statement', () => {
    const issues = issuesOf(
      miniProblemFiles({
        frontmatter: MINI_FRONTMATTER.replace(/^id: .*$/m, 'id: 42'),
        dir: 'problems/joins/headcount',
        statement: 'List departments with <b>bold</b> claims and enough words to pass the length check.',
      }),
    )
    expect(issues.map((i) => i.field ?? i.message)).toEqual(['id'])
    const more = issuesOf(miniProblemFiles({ dir: 'problems/joins/headcount', statement: 'List departments with <b>bold</b> claims and enough words to pass.' }))
    expect(more.map((i) => i.message)).toEqual([
      'folder name must be NNNN-headcount-by-department',
      'the statement must be Markdown without HTML; found <b>',
    ])
  })

  it('requires two hidden cases, a trap, and an alternate for medium and hard problems', () => {
    const noAlternates = MINI_CASES.replace(/alternates:[\s\S]*$/, '')
    expect(issuesOf(miniProblemFiles({ cases: noAlternates })).map((i) => i.field)).toEqual(['alternates'])
    const oneCase = MINI_CASES.replace(/  - id: same-name-departments[\s\S]*?(?=traps:)/, '')
    expect(issuesOf(miniProblemFiles({ cases: oneCase })).map((i) => i.field)).toEqual(['cases'])
  })

  it('rejects an example table that the dataset does not have', () => {
    const issues = issuesOf(miniProblemFiles({ cases: MINI_CASES.replace('tables: [depts, staff]', 'tables: [depts, people]') }))
    expect(issues).toEqual([expect.objectContaining({ field: 'example.tables', message: 'table "people" is not in dataset mini' })])
  })

  it('leaves out problems whose id or slug is taken twice, naming both folders', () => {
    const a = miniProblemFiles()
    const b = miniProblemFiles({ dir: 'problems/other/0002-headcount-by-department' })
    const bank = compileBank([a, b], MINI_CONTEXT)
    expect(bank.problems).toEqual([])
    expect(bank.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'id: duplicate id "6f1c2a54-8c1e-4d7b-9a59-0d1b9e7c1a01", also used by problems/joins/0001-headcount-by-department',
      'slug: duplicate slug "headcount-by-department", also used by problems/joins/0001-headcount-by-department',
    ])
  })

  it('reads a query problem without a kind as kind query, as every file written before write tasks', () => {
    const r = compileProblem(miniProblemFiles(), MINI_CONTEXT)
    expect(r.ok && r.problem.kind).toBe('query')
    expect(r.ok && r.problem.transform).toBeUndefined()
  })

  it('reads a write task with its target tables, untouched tables and idempotence', () => {
    const r = compileProblem(miniTransformFiles(), MINI_CONTEXT)
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(r.problem).toMatchObject({
      kind: 'transform',
      transform: { targets: [{ table: 'depts', columns: null, tolerance: null }, { table: 'staff' }], untouched: [], idempotent: true },
    })
  })

  it('requires the transform block exactly when the kind is transform', () => {
    const withoutBlock = MINI_TRANSFORM_FRONTMATTER.replace(/transform:\n(  .*\n)+/, '')
    expect(withoutBlock).not.toContain('targets')
    expect(issuesOf(miniTransformFiles({ frontmatter: withoutBlock }))).toEqual([expect.objectContaining({ field: 'transform' })])
    const queryWithBlock = MINI_TRANSFORM_FRONTMATTER.replace('kind: transform', 'kind: query')
    expect(issuesOf(miniTransformFiles({ frontmatter: queryWithBlock }))).toEqual([expect.objectContaining({ field: 'transform' })])
  })

  it('rejects a target table the dataset does not have, and a statement that never names a target', () => {
    const unknown = MINI_TRANSFORM_FRONTMATTER.replace('- table: staff', '- table: payroll')
    expect(issuesOf(miniTransformFiles({ frontmatter: unknown }))).toContainEqual(expect.objectContaining({ message: 'table "payroll" is not in dataset mini' }))
    const statement = 'Make sure a department named Unassigned exists and park every employee without a department in it, twice safe.'
    expect(issuesOf(miniTransformFiles({ statement }))).toContainEqual(
      expect.objectContaining({ message: 'the statement never names target table `depts` (write it in backticks)' }),
    )
  })
})
