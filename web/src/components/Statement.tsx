import { describeRules, rulesOf, TOPICS, type BrowserBank, type Problem } from '../core.ts'
import { Markdown } from './Markdown.tsx'
import { ResultTable, resultColumns } from './ResultTable.tsx'

/** The statement as a learner reads it: text, computed example, grading contract, schema. */
export function Statement({ problem, bank, children }: { problem: Problem; bank: BrowserBank; children?: React.ReactNode }) {
  const example = bank.examples[problem.id]
  const schema = bank.schemas[problem.dataset] ?? []
  return (
    <>
      <h1>
        {problem.title} <span className={`level ${problem.difficulty}`}>{problem.difficulty}</span>
        {children}
      </h1>
      <p className="small muted">{problem.topics.map((t) => TOPICS[t]).join(' · ')}</p>
      <Markdown text={problem.statement} />
      {example && (
        <section aria-label="Example">
          <h2>Example</h2>
          {example.tables.map((t) => (
            <ResultTable key={t.name} caption={t.name} columns={resultColumns(t.result)} rows={t.result.rows} />
          ))}
          {example.expected && <ResultTable caption="Expected output" columns={resultColumns(example.expected)} rows={example.expected.rows} />}
          {example.after.map((t) => (
            <ResultTable key={`after-${t.name}`} caption={`${t.name} afterwards (expected)`} columns={resultColumns(t.result)} rows={t.result.rows} />
          ))}
        </section>
      )}
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
