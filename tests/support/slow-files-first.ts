import { BaseSequencer, type TestSpecification } from 'vitest/node'

// Vitest starts the files it has no timings for largest first, so on a fresh clone (CI) the bank check, a
// small file that runs for a third of the suite, would start last and run alone while the other worker
// idles. These files start first within their group, whatever the cache holds.
const SLOW_FILES = ['tests/check/bank.test.ts', 'tests/cli/cli.test.ts', 'tests/typecheck.test.ts']

export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (f: TestSpecification) => {
      const i = SLOW_FILES.findIndex((name) => f.moduleId.replaceAll('\\', '/').endsWith(name))
      return i < 0 ? SLOW_FILES.length : i
    }
    const group = (f: TestSpecification) => f.project.config.sequence.groupOrder
    return sorted
      .map((file, at) => ({ file, at }))
      .sort((a, b) => group(a.file) - group(b.file) || rank(a.file) - rank(b.file) || a.at - b.at)
      .map(({ file }) => file)
  }
}
