import { describe, expect, it } from 'vitest'
import { describeLineColumn, lineColumnAt } from '../../src/grader/error-location.ts'

describe('the line and column of a Postgres error position', () => {
  it('is on line 1 for a one-line query, columns counted from 1', () => {
    expect(lineColumnAt('select nme from depts', 8)).toEqual({ line: 1, column: 8, offset: 7 })
    expect(lineColumnAt('select nme from depts', 1)).toEqual({ line: 1, column: 1, offset: 0 })
  })
  it('counts lines and restarts columns after each line break in a multi-line query', () => {
    const sql = 'select c.name,\n  count(*) as n\nfrom cities c\ngroup by nme'
    const position = sql.indexOf('nme') + 1
    expect(lineColumnAt(sql, position)).toMatchObject({ line: 4, column: 10 })
    expect(describeLineColumn(lineColumnAt(sql, position))).toBe('line 4, column 10')
  })
  it('treats \\r\\n as one line break and a lone \\r as one too', () => {
    expect(lineColumnAt('select 1,\r\n  nme', 14)).toMatchObject({ line: 2, column: 3 })
    expect(lineColumnAt('select 1,\r  nme', 13)).toMatchObject({ line: 2, column: 3 })
  })
  it('counts characters as Postgres does, an emoji as one, and gives editors the UTF-16 offset', () => {
    // Postgres reported position 21 for `nope` here (checked with PGlite).
    const sql = "select 'é😀' as a,\n  nope from trips"
    expect(lineColumnAt(sql, 21)).toEqual({ line: 2, column: 3, offset: sql.indexOf('nope') })
    expect(lineColumnAt("select '😀', nope", 13)).toEqual({ line: 1, column: 13, offset: 13 })
  })
  it('counts a tab as one column', () => {
    expect(lineColumnAt('select\n\tnme', 9)).toMatchObject({ line: 2, column: 2 })
  })
  it('puts a position just past the end (an error at end of input) after the last character', () => {
    expect(lineColumnAt('select sum(1\nfrom', 18)).toEqual({ line: 2, column: 5, offset: 17 })
    expect(lineColumnAt('select', 99)).toEqual({ line: 1, column: 7, offset: 6 })
  })
})
