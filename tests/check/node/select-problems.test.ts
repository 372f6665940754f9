import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { selectProblems } from '../../../src/check/node/select-problems.ts'
import type { BankIssue } from '../../../src/problems/compile.ts'
import type { Problem } from '../../../src/problems/problem.ts'

const GOOD_ID = '11111111-1111-4111-8111-111111111111'
const BROKEN_ID = '22222222-2222-4222-8222-222222222222'
const good = { id: GOOD_ID, slug: 'good-one', path: 'problems/joins/0101-good-one' } as unknown as Problem

// A bank with one problem that compiles and one whose files do not (so it has no Problem, only issues).
const root = mkdtempSync(join(tmpdir(), 'sqlprep-select-'))
mkdirSync(join(root, 'problems/hard/0103-broken-one'), { recursive: true })
writeFileSync(join(root, 'problems/hard/0103-broken-one/problem.md'), `---\nid: ${BROKEN_ID}\nslug: broken-one\ndifficulty: impossible\n---\nText`)
const brokenIssue: BankIssue = { file: 'problems/hard/0103-broken-one/problem.md', field: 'difficulty', message: 'invalid' }
const otherIssue: BankIssue = { file: 'problems/hard/0104-other-broken/cases.yaml', message: 'bad YAML' }
const issues = [brokenIssue, otherIssue]

describe('choosing the problems sqlprep check is asked for', () => {
  it('finds a problem that compiles by its id, slug or number', () => {
    for (const key of [GOOD_ID, 'good-one', '0101']) expect(selectProblems(root, [good], issues, [key])).toEqual({ problems: [good], issues: [], unknownKeys: [] })
  })
  it('reports the defects of a problem that does not compile when it is named by its id, slug or number', () => {
    for (const key of [BROKEN_ID, 'broken-one', '0103']) expect(selectProblems(root, [good], issues, [key])).toEqual({ problems: [], issues: [brokenIssue], unknownKeys: [] })
  })
  it('matches keys exactly: a prefix of a number or a slug names nothing', () => {
    for (const key of ['010', 'broken', 'one']) expect(selectProblems(root, [good], issues, [key]).unknownKeys).toEqual([key])
  })
})
