import type { NextProblem } from '../core.ts'

/** The id of the explanation section on the problem page, where "Read the explanation" takes the learner. */
export const EXPLANATION_ID = 'explanation'

/** Under an Accepted verdict: the way to the explanation, and the next problem (next in the plan, else the same topic). */
export function AfterAccepted({ next }: { next: NextProblem | null }) {
  const readExplanation = () => {
    const section = document.getElementById(EXPLANATION_ID)
    section?.scrollIntoView({ block: 'start' })
    section?.focus({ preventScroll: true })
  }
  return (
    <p className="after-accepted" data-testid="after-accepted">
      <button type="button" onClick={readExplanation} data-testid="read-explanation">
        Read the explanation
      </button>{' '}
      {next ? (
        <a href={`#/p/${next.problem.slug}`} data-testid="next-problem" data-why={next.why}>
          Next problem: {next.problem.title}
          <span className="muted small">
            {' '}
            ({next.why === 'plan' ? 'next in the plan' : 'on the same topic'})
          </span>
        </a>
      ) : (
        <a href="#/" data-testid="next-problem">
          Every problem in the plan is solved: back to the list
        </a>
      )}
    </p>
  )
}
