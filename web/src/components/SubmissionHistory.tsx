import type { Submission } from '../core.ts'
import { VERDICT_TITLES } from './VerdictView.tsx'

/** A problem's past submissions, newest first, each restorable into the editor. */
export function SubmissionHistory({ submissions, onRestore }: { submissions: Submission[]; onRestore: (sql: string) => void }) {
  if (!submissions.length) return null
  return (
    <details className="history" data-testid="submission-history">
      <summary>
        Your submissions ({submissions.length})
      </summary>
      <ol reversed>
        {submissions.map((s, i) => (
          <li key={`${s.at}-${i}`} data-testid="submission" data-verdict={s.verdict}>
            <span className={s.verdict === 'accepted' ? 'good' : 'error'}>{VERDICT_TITLES[s.verdict]}</span>{' '}
            <time className="muted small" dateTime={new Date(s.at).toISOString()}>
              {new Date(s.at).toLocaleString()}
            </time>
            {s.roundId && <span className="muted small"> · in a mock round</span>}
            {s.sql === null ? (
              <p className="muted small">The query was not kept (submitted before sqlprep recorded queries).</p>
            ) : (
              <>
                {' '}
                <button
                  type="button"
                  onClick={() => onRestore(s.sql!)}
                  data-testid="restore-submission"
                  aria-label={`Restore into the editor: submission ${submissions.length - i}`}
                  title="Replaces the text in the editor with this query"
                >
                  Restore into the editor
                </button>
                <pre>
                  <code>{s.sql}</code>
                </pre>
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  )
}
