import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../bin/sqlprep.mjs', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command in a child process from the repository's root, with `stdin` as its input. */
export function runCommand(file: string, args: string[], stdin?: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { cwd: ROOT, maxBuffer: 20_000_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
    child.stdin!.end(stdin ?? '')
  })
}

/** Runs the real `sqlprep` command in a child process. */
export function sqlprep(args: string[], stdin?: string): Promise<CommandResult> {
  return runCommand('node', [BIN, ...args], stdin)
}
