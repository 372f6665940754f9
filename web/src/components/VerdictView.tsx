import type { Verdict } from '../core.ts'
import { ResultTable } from './ResultTable.tsx'

const TITLES: Record<Verdict['verdict'], string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  error: 'Error',
  timeout: 'Time limit exceeded',
  too_many_rows: 'Too many rows',
  rejected: 'Not run',
}

export function VerdictView({ verdict, hideWhy }: { verdict: Verdict; hideWhy?: boolean }) {
  const v = verdict
  return (
    <div className={`verdict ${v.verdict}`} data-testid="verdict" data-verdict={v.verdict} role="status">
      <h3>
        {TITLES[v.verdict]}
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
      {v.verdict === 'wrong_answer' && (
        <>
          <p data-testid="diff-message">{v.diff.message}</p>
          {v.diff.kind === 'rows' && (
            <div className="diff">
              {v.diff.missingCount > 0 && (
                <ResultTable testId="diff-missing" columns={v.diff.columns} rows={v.diff.missing} highlight="missing" caption={`Missing rows (${v.diff.missingCount})`} />
              )}
              {v.diff.extraCount > 0 && (
                <ResultTable testId="diff-extra" columns={v.diff.columns} rows={v.diff.extra} highlight="extra" caption={`Unexpected rows (${v.diff.extraCount})`} />
              )}
            </div>
          )}
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
          {v.error.position ? <span className="muted"> (at character {v.error.position}, underlined in the editor)</span> : null}
          {v.error.hint && <span className="hint"> Hint: {v.error.hint}</span>}
        </p>
      )}
      {v.verdict === 'timeout' && <p>The query ran longer than {v.limitMs / 1000} s and was stopped. Look for a missing join condition or an unbounded recursion.</p>}
      {v.verdict === 'too_many_rows' && (
        <p>
          More than {v.limit.toLocaleString()} rows came back; the expected result has {v.expectedRowCount}. A missing join condition multiplies rows.
        </p>
      )}
      {v.verdict === 'rejected' && <p>{v.message}</p>}
    </div>
  )
}
