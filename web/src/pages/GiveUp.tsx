import { useState } from 'react'

/** Giving up shows the solution and cannot be taken back, so it asks first. */
export function GiveUp({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <button type="button" className="ghost" onClick={() => setAsking(true)} data-testid="give-up">
        Give up and show the solution
      </button>
    )
  return (
    <div role="group" aria-label="Confirm giving up" className="confirm" data-testid="give-up-confirm" style={{ marginTop: 8 }}>
      Show the solution now? The problem stays unsolved until you submit a query that is accepted.{' '}
      <button type="button" className="primary" onClick={onConfirm} data-testid="confirm-give-up">
        Yes, show the solution
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} data-testid="keep-trying" autoFocus>
        Keep trying
      </button>
    </div>
  )
}
