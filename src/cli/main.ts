import { checkCommand } from './commands/check.ts'
import { compareCommand } from './commands/compare.ts'
import { gradeCommand } from './commands/grade.ts'
import { listCommand } from './commands/list.ts'
import { runCommand } from './commands/run.ts'
import { showCommand } from './commands/show.ts'
import { UsageError } from './usage.ts'

// sqlprep <command>: exit 0 when the command ran (whatever the verdict), 1 when it could not (or the bank
// check failed), 2 on a usage error.

const USAGE = `sqlprep — SQL interview practice engine

  sqlprep list [--kind query|transform|optimize] [--difficulty easy|medium|hard] [--topic T] [--day N] [--dataset D] [--json]
  sqlprep show <problem>             the statement with its computed example and grading contract
  sqlprep run <problem> <file.sql | -> [--json] [--timeout MS]
                                     runs a query on the problem's visible dataset and prints the rows
  sqlprep grade <problem> <file.sql | -> [--json] [--timeout MS]
  sqlprep compare --setup <file.sql> --expected <file.sql> --actual <file.sql>
                  [--order none|total] [--columns names|positions] [--tolerance X] [--json] [--timeout MS]
  sqlprep check [problem ...] [--mutants] [--json]

  <problem> is a problem's id (UUID), slug or number (the 4-digit prefix of its folder, e.g. 0103).
`

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  list: listCommand,
  run: runCommand,
  grade: gradeCommand,
  compare: compareCommand,
  check: checkCommand,
  show: showCommand,
}

const [name, ...args] = process.argv.slice(2)
const command = name ? COMMANDS[name] : undefined
if (!command || name === 'help' || args.includes('--help')) {
  process.stdout.write(USAGE)
  process.exit(command || name === 'help' || name === undefined ? 0 : 2)
}
try {
  process.exitCode = await command(args)
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`sqlprep ${name}: ${e.message}\n\n${USAGE}`)
    process.exitCode = 2
  } else {
    process.stderr.write(`sqlprep ${name}: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 1
  }
}
