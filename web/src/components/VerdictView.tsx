import { useRef } from 'react'
import { describeLineColumn, lineColumnAt, renderPlanText, type Diff, type Verdict } from '../core.ts'
import { CodeBlock } from './CodeBlock.tsx'
import { Markdown } from './Markdown.tsx'
import { PlanTree } from './PlanTree.tsx'
import { ChangedRowsTable, ResultTable } from './ResultTable.tsx'

export const VERDICT_TITLES: Record<Verdict['verdict'], string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  too_slow: 'Correct, but the plan misses the drill’s goal',
  error: 'Error',
  timeout: 'Time limit exceeded',
  too_many_rows: 'Too many rows',
  rejected: 'Not run',
}

/**
 * `sql`: the query as it was graded, to say where an error is by line and column. `hideWhy` (mock rounds) hides
 * what a hidden case is about; `hideReference` (mock rounds too) hides the reference solution's plan.
 */
export function VerdictView({ verdict, hideWhy, hideReference, sql }: { verdict: Verdict; hideWhy?: boolean; hideReference?: boolean; sql?: string }) {
  const v = verdict
  // The text this verdict is about: the editor may have changed since.
  const graded = useRef<{ verdict: Verdict; sql?: string }>({ verdict, sql })
  if (graded.current.verdict !== verdict) graded.current = { verdict, sql }
  const where = (position: number) => <ErrorLocation sql={graded.current.sql} position={position} />
  return (
    <div className={`verdict ${v.verdict}`} data-testid="verdict" data-verdict={v.verdict} role="status">
      <h3>
        {VERDICT_TITLES[v.verdict]}
        <span className="muted small">
          {' '}
          · {v.casesPassed}/{v.casesTotal} cases passed · your query {v.timing.queryMs.toFixed(1)} ms
        </span>
      </h3>
      {'case' in v && (
        <p>
          On <strong>{v.case.label}</strong>
          {!hideWhy && v.case.why ? <> — {v.case.why}</> : null}
        </p>
      )}
      {v.verdict === 'too_slow' && <TooSlow verdict={v} hideReference={hideReference} />}
      {v.verdict === 'accepted' && v.plans && (
        <section className="plan-compare-section" aria-label={hideReference ? 'Your plan' : 'Your plan beside the reference plan'} data-testid="accepted-plans">
          <h4>
            {hideReference ? (
              <>Your plan: {count(v.plans.plan.buffers, 'buffer')}</>
            ) : (
              <>
                Your plan beside the reference’s: {count(v.plans.plan.buffers, 'buffer')} against {count(v.plans.referencePlan.buffers, 'buffer')}
              </>
            )}
          </h4>
          <div className="plan-compare">
            <PlanTree plan={v.plans.plan} label="Your plan" testId="plan-mine" />
            {!hideReference && <PlanTree plan={v.plans.referencePlan} label="The reference solution’s plan" testId="plan-reference" />}
          </div>
        </section>
      )}
      {v.verdict === 'wrong_answer' && (
        <>
          {v.table && (
            <p data-testid="diff-table">
              {v.afterRerun ? (
                <>
                  Run a second time, your script left <code>{v.table}</code> different from the first run: a re-run load must not duplicate or change rows.
                </>
              ) : v.untouched ? (
                <>
                  Your script changed <code>{v.table}</code>, which must be left exactly as it was.
                </>
              ) : (
                <>
                  Table <code>{v.table}</code> is not as expected after your script.
                </>
              )}
            </p>
          )}
          <p data-testid="diff-message">{v.diff.message}</p>
          {v.diff.kind === 'rows' && <RowsDiffView diff={v.diff} />}
          {v.diff.kind === 'order' && (
            <div className="diff">
              <ResultTable columns={v.diff.columns} rows={[v.diff.expectedRow]} caption={`Row ${v.diff.position} should be`} highlight="missing" />
              <ResultTable columns={v.diff.columns} rows={[v.diff.actualRow]} caption={`Row ${v.diff.position} is`} highlight="extra" />
            </div>
          )}
          {v.hints.map((h) => (
            <p key={h} className="hint">
              💡 {h}
            </p>
          ))}
        </>
      )}
      {v.verdict === 'error' && (
        <p className="sql-error">
          <code>{v.error.sqlstate}</code> {v.error.message}
          {v.error.position ? where(v.error.position) : null}
          {v.error.hint && <span className="hint"> Hint: {v.error.hint}</span>}
        </p>
      )}
      {v.verdict === 'timeout' && <p>The query ran longer than {v.limitMs / 1000} s and was stopped. Look for a missing join condition or an unbounded recursion.</p>}
      {v.verdict === 'too_many_rows' && (
        <p>
          More than {v.limit.toLocaleString()} rows came back; the expected result has {v.expectedRowCount}. A missing join condition multiplies rows.
        </p>
      )}
      {v.verdict === 'rejected' && (
        <p>
          {v.message}
          {v.position ? where(v.position) : null}
        </p>
      )}
    </div>
  )
}

/** " at line 2, column 7 (underlined in the editor)", or the character position when the text is unknown. */
function ErrorLocation({ sql, position }: { sql?: string; position: number }) {
  const at = sql === undefined ? `character ${position}` : describeLineColumn(lineColumnAt(sql, position))
  return (
    <span className="muted" data-testid="error-location">
      {' '}
      (at {at}, underlined in the editor)
    </span>
  )
}

/** Rows paired by key with their differing cells, then the rows left missing or unexpected. */
function RowsDiffView({ diff }: { diff: Extract<Diff, { kind: 'rows' }> }) {
  const key = diff.keyColumns.map((i) => diff.columns[i]).join(', ')
  return (
    <div className="diff">
      {diff.changedCount > 0 && (
        <ChangedRowsTable
          testId="diff-changed"
          columns={diff.columns}
          changed={diff.changed}
          caption={`Rows with wrong values (${diff.changedCount}), matched by ${key} · yours → expected`}
        />
      )}
      {diff.missingCount > 0 && (
        <ResultTable testId="diff-missing" columns={diff.columns} rows={diff.missing} highlight="missing" caption={`Missing rows (${diff.missingCount})`} />
      )}
      {diff.extraCount > 0 && (
        <ResultTable testId="diff-extra" columns={diff.columns} rows={diff.extra} highlight="extra" caption={`Unexpected rows (${diff.extraCount})`} />
      )}
    </div>
  )
}

/** A drill's right rows read through a plan that breaks a rule: the rule, the learner's plan with the node it
 * points at, then (outside mock rounds) the reference's plan, folded. */
function TooSlow({ verdict: v, hideReference }: { verdict: Extract<Verdict, { verdict: 'too_slow' }>; hideReference?: boolean }) {
  return (
    <>
      <p data-testid="plan-message">
        <Markdown inline text={v.message} />
      </p>
      <p className="small">
        Your rows are right. Your plan read <strong>{count(v.buffers, 'buffer')}</strong>
        {v.budget !== null ? <> (budget: {count(v.budget, 'buffer')})</> : null}; the node that breaks the rule is marked below.
      </p>
      <PlanTree plan={v.plan} label="Your plan" mark={{ path: v.path, note: v.message }} testId="plan-mine" />
      {!hideReference && (
        <details className="plan-reference" data-testid="reference-plan">
          <summary>The reference solution’s plan ({count(v.referencePlan.buffers, 'buffer')})</summary>
          <PlanTree plan={v.referencePlan} label="The reference solution’s plan" testId="plan-reference" showLabel={false} />
        </details>
      )}
      <details className="plan-as-text">
        <summary>Your plan as text</summary>
        <CodeBlock className="plan" testId="plan-text" label="Your plan as text" text={renderPlanText(v.plan, { mark: { path: v.path } })} />
      </details>
    </>
  )
}

function count(n: number, unit: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? unit : `${unit}s`}`
}
