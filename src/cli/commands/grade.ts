import { submitProblem } from '../../judge/grade-problem.ts'
import { formatVerdict } from '../format-verdict.ts'
import { problemQueryCommand } from '../problem-query.ts'

export function gradeCommand(args: string[]): Promise<number> {
  return problemQueryCommand(args, 'grade', async (engine, problem, sql) => {
    const verdict = await submitProblem(engine, problem, sql)
    return { json: verdict, text: formatVerdict(verdict, sql) }
  })
}
