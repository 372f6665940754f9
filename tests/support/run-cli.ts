import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../bin/sqlprep.mjs', import.meta.url))

/** Runs the real `sqlprep` command in a child process. */
export function sqlprep(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [BIN, ...args], { maxBuffer: 20_000_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
    child.stdin!.end(stdin ?? '')
  })
}
