import { useRef } from 'react'
import { describeLineColumn, lineColumnAt, renderPlanText, type Diff, type Verdict } from '../core.ts'
import { ChangedRowsTable, ResultTable } from './ResultTable.tsx'

export const VERDICT_TITLES: Record<Verdict['verdict'], string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  too_slow: 'Correct, but the plan is too slow',
  error: 'Error',
  timeout: 'Time limit exceeded',
  too_many_rows: 'Too many rows',
  rejected: 'Not run',
}

/** `sql`: the query as it was graded, to say where an error is by line and column. */
export function VerdictView({ verdict, hideWhy, sql }: { verdict: Verdict; hideWhy?: boolean; sql?: string }) {
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
      {v.verdict === 'too_slow' && (
        <>
          <p data-testid="plan-message">{v.message}</p>
          <pre className="plan" data-testid="plan-text">
            {renderPlanText(v.plan, { mark: { path: v.path } })}
          </pre>
        </>
      )}
      {v.verdict === 'accepted' && v.plans && (
        <details data-testid="accepted-plans">
          <summary>Your plan beside the reference’s ({v.plans.plan.buffers} vs {v.plans.referencePlan.buffers} buffers)</summary>
          <pre className="plan">{renderPlanText(v.plans.plan)}</pre>
          <pre className="plan">{renderPlanText(v.plans.referencePlan)}</pre>
        </details>
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
