import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sqlprep } from '../support/run-cli.ts'

// Each case starts a real CLI process and engine worker: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 })

const dir = mkdtempSync(join(tmpdir(), 'sqlprep-compare-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const query = file('q.sql', 'select 1 as x')

describe('sqlprep compare --setup', () => {
  it('stops a setup that never ends at --timeout and names the setup as the cause (exit 1)', async () => {
    const setup = file('loop.sql', 'do $$ begin loop end loop; end $$;')
    const r = await sqlprep(['compare', '--setup', setup, '--expected', query, '--actual', query, '--timeout', '1500'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('the setup script failed: it ran past the time limit of 1500 ms')
  })

  it('refuses a setup too big to hold in memory before reading it, naming the setup', async () => {
    const setup = file('huge.sql', '')
    truncateSync(setup, 3 * 1024 ** 3) // sparse: 3 GB on paper, nothing on disk
    const r = await sqlprep(['compare', '--setup', setup, '--expected', query, '--actual', query])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('the setup script failed: it is 3,072 MB; the limit is 64 MB')
  })
})
