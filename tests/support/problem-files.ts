import type { ProblemFiles } from '../../src/problems/compile.ts'

// A valid problem over the fixture dataset "mini", as files, for tests to break one piece at a time.

export const MINI_CONTEXT = { datasets: { mini: ['depts', 'staff'] } }

export interface MiniProblemParts {
  frontmatter?: string
  statement?: string
  solution?: string
  cases?: string
  explanation?: string
  dir?: string
}

export const MINI_FRONTMATTER = `id: 6f1c2a54-8c1e-4d7b-9a59-0d1b9e7c1a01
slug: headcount-by-department
title: Headcount by department
dataset: mini
difficulty: medium
plan: { week: 1, days: [2, 3] }
topics: [left-join, aggregation]
scenario: HR reporting
grading:
  order: { by: [headcount desc, department] }
hints:
  - Every department appears, even one with nobody in it.`

export const MINI_STATEMENT = `List every department with its number of staff, as \`department\` and \`headcount\`.
Departments with nobody count 0. Order by \`headcount\` descending, then \`department\`.`

export const MINI_SOLUTION = `select d.name as department, count(s.staff_id) as headcount
from depts d left join staff s on s.dept_id = d.dept_id
group by d.dept_id, d.name
order by headcount desc, department`

export const MINI_CASES = `example:
  setup: delete from staff where staff_id in (5, 6)
  tables: [depts, staff]
cases:
  - id: empty-company
    why: With nobody employed every department still appears with 0.
    setup: delete from staff
  - id: same-name-departments
    why: Two departments share a name; grouping by name alone merges them.
    setup: insert into depts values (4, 'Sales'); insert into staff values (7, 'Gil', 4, null, 1000, '2024-01-01')
traps:
  - id: inner-join
    why: An inner join drops the department with nobody in it.
    sql: |
      select d.name as department, count(*) as headcount
      from depts d join staff s on s.dept_id = d.dept_id
      group by d.dept_id, d.name order by headcount desc, department
alternates:
  - id: correlated-subquery
    why: A scalar subquery per department needs no GROUP BY.
    sql: |
      select d.name as department, (select count(*) from staff s where s.dept_id = d.dept_id) as headcount
      from depts d order by headcount desc, department`

export function miniProblemFiles(parts: MiniProblemParts = {}): ProblemFiles {
  return {
    dir: parts.dir ?? 'problems/joins/0001-headcount-by-department',
    files: {
      'problem.md': `---\n${parts.frontmatter ?? MINI_FRONTMATTER}\n---\n${parts.statement ?? MINI_STATEMENT}\n`,
      'solution.sql': parts.solution ?? MINI_SOLUTION,
      'cases.yaml': parts.cases ?? MINI_CASES,
      'explanation.md': parts.explanation ?? 'Left join keeps empty departments; count a column of the optional side.',
    },
  }
}
