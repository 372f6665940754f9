import { describe, expect, it } from 'vitest'
import type { DatasetFiles } from '../../src/engine/types.ts'
import { datasetsFor, type Repository } from '../../src/node/repository.ts'
import type { Problem } from '../../src/problems/problem.ts'

const dataset = (name: string) => ({ name, schemaSql: '', tables: [] }) as unknown as DatasetFiles
const problem = (name: string) => ({ dataset: name }) as Problem
const repo: Repository = { datasets: ['shop', 'rides', 'hr'].map(dataset), problems: [], issues: [] }

describe('the datasets an engine for some problems holds', () => {
  it('is the one dataset the problems share, so a check or a CLI run starts from a small snapshot', () => {
    expect(datasetsFor(repo, [problem('rides'), problem('rides')]).map((d) => d.name)).toEqual(['rides'])
  })

  it('is every dataset when the problems span several, so the cache never holds one snapshot per combination', () => {
    expect(datasetsFor(repo, [problem('rides'), problem('hr')]).map((d) => d.name)).toEqual(['shop', 'rides', 'hr'])
  })
})
