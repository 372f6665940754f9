import { describeRules, EXAMPLE_ROW_LIMIT, rulesOf, TOPICS, type BrowserBank, type Problem, type ProblemExample, type RawResult, type RawRow, type TableInfo } from '../core.ts'
import { CodeBlock } from './CodeBlock.tsx'
import { Markdown } from './Markdown.tsx'
import { PlanTree } from './PlanTree.tsx'
import { ResultTable, resultColumns } from './ResultTable.tsx'

/** The statement as a learner reads it: text, computed example, grading contract, schema. */
export function Statement({ problem, bank, children }: { problem: Problem; bank: BrowserBank; children?: React.ReactNode }) {
  const example = bank.examples[problem.id]
  const schema = bank.schemas[problem.dataset] ?? []
  return (
    <>
      <h1>
        {problem.title} <span className={`level ${problem.difficulty}`}>{problem.difficulty}</span>
        {problem.kind !== 'query' && (
          <>
            {' '}
            <span className={`kind-badge ${problem.kind}`}>{problem.kind === 'transform' ? 'write task' : 'performance drill'}</span>
          </>
        )}
        {children}
      </h1>
      <p className="small muted">{problem.topics.map((t) => TOPICS[t]).join(' · ')}</p>
      <Markdown text={problem.statement} />
      {problem.optimize && <Drill problem={problem} example={example} schema={schema} />}
      {example &&
        (problem.transform ? (
          <WriteTaskExample example={example} />
        ) : (
          <section aria-label="Example">
            <h2>Example</h2>
            {example.tables.map((t) => (
              <ResultTable key={t.name} caption={exampleCaption(t.name, t.result)} columns={resultColumns(t.result)} rows={t.result.rows.slice(0, EXAMPLE_ROW_LIMIT)} />
            ))}
            {example.expected && <ResultTable caption="Expected output" columns={resultColumns(example.expected)} rows={example.expected.rows} />}
          </section>
        ))}
      <section aria-label="Grading">
        <h2>How it is graded</h2>
        <ul>
          {describeRules(rulesOf(problem), example?.expected ? resultColumns(example.expected) : undefined).map((l) => (
            <li key={l}>
              <Markdown inline text={l} />
            </li>
          ))}
          <li>Submit checks the visible data, this example and {problem.cases.length} hidden cases.</li>
        </ul>
      </section>
      <details className="schema">
        <summary>Schema of the {problem.dataset} dataset</summary>
        {schema.map((t) => (
          <div key={t.name}>
            <h3>
              {t.name} <span className="muted small">{t.rowCount} rows</span>
            </h3>
            <p className="small columns">{t.columns.map((c) => `${c.name} ${c.type}`).join(' · ')}</p>
            <ResultTable columns={resultColumns(t.sample)} rows={t.sample.rows} />
          </div>
        ))}
      </details>
    </>
  )
}

/** A drill's starting point: the given query and its plan, and the tables the learner may index. */
function Drill({ problem, example, schema }: { problem: Problem; example?: ProblemExample; schema: TableInfo[] }) {
  const drill = problem.optimize!
  return (
    <>
      <section aria-label="The given query" data-testid="given-query">
        <h2>The given query</h2>
        <p className="small">It returns the right rows, slowly. Keep its rows and make its plan cheap: indexes, a rewrite, or both.</p>
        <CodeBlock text={drill.given.trim()} label="The given query" />
        {example?.givenPlan && <PlanTree plan={example.givenPlan} label="Its plan on the visible data" testId="given-plan" />}
      </section>
      <section aria-label="Tables you may index" data-testid="drill-tables">
        <h2>Tables you may index</h2>
        <p className="small">
          Up to {drill.maxIndexes} {drill.maxIndexes === 1 ? 'index' : 'indexes'} in all. The statistics were gathered when the dataset was built; ANALYZE is not
          allowed.
        </p>
        <ul className="drill-tables">
          {drill.tables.map((name) => {
            const info = schema.find((t) => t.name === name)
            return (
              <li key={name}>
                <code>{name}</code>
                {info && <span className="muted"> · {info.rowCount.toLocaleString('en')} rows</span>}
                {info?.indexes &&
                  (info.indexes.length ? (
                    <ul className="small">
                      {info.indexes.map((ix) => (
                        <li key={ix.name}>
                          <code>{ix.definition}</code>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted small"> · no index yet</span>
                  ))}
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}

/**
 * A write task's example: the tables as the example starts, then each target table as the reference script
 * leaves it, its rows marked against the same table before (new, or changed when its first column, the key in
 * practice, was there before), and the rows it no longer holds counted.
 */
function WriteTaskExample({ example }: { example: ProblemExample }) {
  return (
    <section aria-label="Example" data-testid="write-example">
      <h2>Example</h2>
      <h3 className="phase">Before: the tables as the example starts</h3>
      {example.tables.map((t) => (
        <ResultTable key={t.name} testId="example-before" caption={exampleCaption(`${t.name} · before`, t.result)} columns={resultColumns(t.result)} rows={t.result.rows.slice(0, EXAMPLE_ROW_LIMIT)} />
      ))}
      <h3 className="phase">After (expected): each target table once the script has run</h3>
      {example.after.map((t) => {
        const before = example.tables.find((b) => b.name === t.name)
        const columns = resultColumns(t.result)
        const marks = before && sameColumns(resultColumns(before.result), columns) ? changesAgainst(before.result.rows, t.result.rows) : null
        return (
          <div key={t.name}>
            <ResultTable
              testId="example-after"
              caption={`${t.name} · after (expected)`}
              columns={columns}
              rows={t.result.rows}
              {...(marks ? { notes: { heading: 'vs before', cells: marks.notes } } : {})}
            />
            {marks && (
              <p className="muted small">
                {marks.changed + marks.added === 0 ? 'No row is new or changed' : `${marks.added} new, ${marks.changed} changed`}
                {marks.removed > 0 ? `, ${marks.removed} gone` : ''}; {marks.same} as before.
              </p>
            )}
          </div>
        )
      })}
    </section>
  )
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i])
}

function changesAgainst(before: RawRow[], after: RawRow[]) {
  const whole = new Set(before.map((r) => JSON.stringify(r)))
  const keys = new Set(before.map((r) => r[0]))
  const afterKeys = new Set(after.map((r) => r[0]))
  let added = 0
  let changed = 0
  const notes = after.map((r) => {
    if (whole.has(JSON.stringify(r))) return null
    if (keys.has(r[0] ?? null)) {
      changed++
      return 'changed'
    }
    added++
    return 'new'
  })
  const removed = before.filter((r) => !afterKeys.has(r[0] ?? null)).length
  return { notes, added, changed, removed, same: after.length - added - changed }
}

/** An example table's caption; a table cut at the display limit says so (the expected output uses every row). */
function exampleCaption(name: string, result: RawResult): string {
  return result.truncated ? `${name} (the first ${EXAMPLE_ROW_LIMIT} rows; the example has more, and the expected output uses them all)` : name
}
