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

/** A write task over "mini": park staff without a department in an "Unassigned" one, idempotently. */
export const MINI_TRANSFORM_FRONTMATTER = `id: 0b6f7d1e-4c2a-4e8f-9d3b-2a7c5e1f9b02
slug: park-unassigned-staff
title: Park unassigned staff
kind: transform
transform:
  targets:
    - table: depts
    - table: staff
  idempotent: true
dataset: mini
difficulty: medium
plan: { week: 5, days: [29, 35] }
topics: [modelling, null-handling]
scenario: HR data clean-up
hints:
  - Insert the department only when no department has that name.`

export const MINI_TRANSFORM_STATEMENT = `Make sure \`depts\` holds a department named \`Unassigned\`: when none exists, insert it with a
\`dept_id\` one more than the largest existing one. Then give every member of \`staff\` without a department
that department's \`dept_id\` (the smallest one, if several departments carry the name). Running the script a
second time must change nothing.`

export const MINI_TRANSFORM_SOLUTION = `insert into depts (dept_id, name)
select next_id, 'Unassigned' from (select coalesce(max(dept_id), 0) + 1 as next_id from depts) m
where not exists (select 1 from depts where name = 'Unassigned');
update staff set dept_id = (select min(dept_id) from depts where name = 'Unassigned')
where dept_id is null;`

export const MINI_TRANSFORM_CASES = `example:
  setup: delete from staff where staff_id between 2 and 5
  tables: [depts, staff]
cases:
  - id: already-there
    why: The department exists already; inserting it again duplicates it.
    setup: insert into depts values (9, 'Unassigned')
  - id: two-unassigned
    why: Staff must join the smallest Unassigned department when there are two.
    setup: insert into depts values (8, 'Unassigned'), (7, 'Unassigned')
  - id: no-departments
    why: With no department at all the new one gets id 1; max() alone gives NULL.
    setup: delete from staff; delete from depts
traps:
  - id: always-insert
    why: Inserting without checking adds a second Unassigned department on every run.
    sql: |
      insert into depts (dept_id, name) select max(dept_id) + 1, 'Unassigned' from depts;
      update staff set dept_id = (select min(dept_id) from depts where name = 'Unassigned') where dept_id is null;
alternates:
  - id: cte
    why: One statement with a data-modifying CTE.
    sql: |
      with added as (
        insert into depts (dept_id, name)
        select coalesce(max(dept_id), 0) + 1, 'Unassigned' from depts
        having not exists (select 1 from depts where name = 'Unassigned')
        returning dept_id
      )
      update staff set dept_id = coalesce((select min(dept_id) from depts where name = 'Unassigned'), (select dept_id from added))
      where dept_id is null;`

export function miniTransformFiles(parts: MiniProblemParts = {}): ProblemFiles {
  return miniProblemFiles({
    dir: 'problems/basics/0002-park-unassigned-staff',
    frontmatter: MINI_TRANSFORM_FRONTMATTER,
    statement: MINI_TRANSFORM_STATEMENT,
    solution: MINI_TRANSFORM_SOLUTION,
    cases: MINI_TRANSFORM_CASES,
    ...parts,
  })
}

export const BULK_CONTEXT = { datasets: { ...MINI_CONTEXT.datasets, bulk: ['readings'] } }

/** A performance drill over "bulk": one sensor's readings in a window, from a sequential scan to an index. */
export const BULK_DRILL_FRONTMATTER = `id: 5d2e8c3a-7f41-4b6e-8a90-1c3d5e7f9a03
slug: one-sensor-window
title: One sensor's readings in a window
kind: optimize
optimize:
  given: |
    select reading_id, taken_at, value from readings
    where sensor_id = 17 and taken_at >= '2025-01-10' and taken_at < '2025-01-20'
    order by taken_at
  tables: [readings]
  maxIndexes: 2
  plan:
    maxBuffers: { factor: 1.25 }
    rules:
      - forbid: Seq Scan
        on: readings
dataset: bulk
difficulty: medium
plan: { week: 4, days: [25, 28] }
topics: [indexing, explain]
scenario: IoT dashboard
grading:
  order: { by: [taken_at] }
hints:
  - Equality columns first, then the range column.`

export const BULK_DRILL_STATEMENT = `The dashboard lists sensor 17's readings from 2025-01-10 (inclusive) to 2025-01-20 (exclusive) as
\`reading_id\`, \`taken_at\` and \`value\`, oldest first. The given query is right but reads the whole table: add
at most two indexes so that its plan reads few buffers and no sequential scan of \`readings\`.`

export const BULK_DRILL_SOLUTION = `create index on readings (sensor_id, taken_at);
select reading_id, taken_at, value from readings
where sensor_id = 17 and taken_at >= '2025-01-10' and taken_at < '2025-01-20'
order by taken_at`

export const BULK_DRILL_CASES = `example:
  setup: delete from readings where reading_id > 3000 or sensor_id <> 17
  tables: [readings]
cases:
  - id: reading-at-the-end
    why: A reading exactly at 2025-01-20 00:00 is outside the window; BETWEEN would keep it.
    setup: insert into readings values (90001, 17, '2025-01-20 00:00', 1.00, null)
  - id: reading-at-the-start
    why: A reading exactly at 2025-01-10 00:00 is inside the window.
    setup: insert into readings values (90002, 17, '2025-01-10 00:00', 2.00, null)
traps:
  - id: range-column-first
    why: An index led by the range column scans every sensor's readings in the window.
    sql: |
      create index on readings (taken_at, sensor_id);
      select reading_id, taken_at, value from readings
      where sensor_id = 17 and taken_at >= '2025-01-10' and taken_at < '2025-01-20'
      order by taken_at
  - id: between
    why: BETWEEN includes the end of the window.
    sql: |
      create index on readings (sensor_id, taken_at);
      select reading_id, taken_at, value from readings
      where sensor_id = 17 and taken_at between '2025-01-10' and '2025-01-20'
      order by taken_at
alternates:
  - id: covering
    why: INCLUDE puts value in the index, so the plan never visits the table.
    sql: |
      create index on readings (sensor_id, taken_at) include (reading_id, value);
      select reading_id, taken_at, value from readings
      where sensor_id = 17 and taken_at >= '2025-01-10' and taken_at < '2025-01-20'
      order by taken_at
equivalent_mutants:
  - mutant: 'select-distinct: "select reading_id" -> "select distinct reading_id"'
    why: reading_id is the primary key, so no two rows are ever equal.`

export function bulkDrillFiles(parts: MiniProblemParts = {}): ProblemFiles {
  return miniProblemFiles({
    dir: 'problems/performance/0003-one-sensor-window',
    frontmatter: BULK_DRILL_FRONTMATTER,
    statement: BULK_DRILL_STATEMENT,
    solution: BULK_DRILL_SOLUTION,
    cases: BULK_DRILL_CASES,
    ...parts,
  })
}
