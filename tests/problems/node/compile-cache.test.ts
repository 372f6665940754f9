import { describe, expect, it } from 'vitest'
import { compileBank } from '../../../src/problems/compile.ts'
import { compileBankCached } from '../../../src/problems/node/compile-cache.ts'
import { MINI_CONTEXT, MINI_FRONTMATTER, miniProblemFiles, miniTransformFiles } from '../../support/problem-files.ts'

// The CLI compiles the bank through a disk cache of each problem's result: it must never answer with a
// result for files that have since changed, nor differ in any way from compiling afresh.

describe('the compiled-bank cache', () => {
  it('gives what a fresh compile gives, the second time too (read from the cache)', () => {
    const bank = [miniProblemFiles(), miniTransformFiles()]
    const fresh = compileBank(bank, MINI_CONTEXT)
    expect(compileBankCached(bank, MINI_CONTEXT)).toEqual(fresh)
    expect(JSON.stringify(compileBankCached(bank, MINI_CONTEXT))).toEqual(JSON.stringify(fresh))
  })

  it('compiles a problem again when one of its files changed: a new title shows, a broken file is an issue', () => {
    compileBankCached([miniProblemFiles()], MINI_CONTEXT)
    const retitled = miniProblemFiles({ frontmatter: MINI_FRONTMATTER.replace(/^title: .*$/m, 'title: Staff per department, renamed') })
    expect(compileBankCached([retitled], MINI_CONTEXT).problems[0]?.title).toBe('Staff per department, renamed')
    const broken = miniProblemFiles({ cases: 'cases: [' })
    const { problems, issues } = compileBankCached([broken], MINI_CONTEXT)
    expect(problems).toEqual([])
    expect(issues[0]?.file).toBe('problems/joins/0001-headcount-by-department/cases.yaml')
  })

  it('keys the cache by the datasets too: a dataset that lost the problem’s table makes it an issue', () => {
    expect(compileBankCached([miniProblemFiles()], MINI_CONTEXT).issues).toEqual([])
    const noStaff = { datasets: Object.fromEntries(Object.entries(MINI_CONTEXT.datasets).map(([name, tables]) => [name, tables.filter((t) => t !== 'staff')])) }
    const cached = compileBankCached([miniProblemFiles()], noStaff)
    expect(cached.issues).not.toEqual([])
    expect(cached).toEqual(compileBank([miniProblemFiles()], noStaff))
  })
})
