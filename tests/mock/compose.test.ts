import { describe, expect, it } from 'vitest'
import { composeRound } from '../../src/mock/compose.ts'
import { EMPTY_PROGRESS, progressFromEvents } from '../../src/progress/reducer.ts'
import { FAKE_BANK } from '../support/bank-fixture.ts'

const byId = (id: string) => FAKE_BANK.find((p) => p.id === id)!

describe('composing a mock round', () => {
  it('draws one easy, one medium and one hard by default', () => {
    const r = composeRound(FAKE_BANK, EMPTY_PROGRESS, { seed: 7, mix: 'standard' })
    expect(r.problemIds.map((id) => byId(id).difficulty)).toEqual(['easy', 'medium', 'hard'])
    expect(r.notes).toEqual([])
  })
  it('draws the same round again from the same seed, whatever the bank order', () => {
    const a = composeRound(FAKE_BANK, EMPTY_PROGRESS, { seed: 42, mix: 'two-medium-one-hard' })
    const b = composeRound([...FAKE_BANK].reverse(), EMPTY_PROGRESS, { seed: 42, mix: 'two-medium-one-hard' })
    expect(b.problemIds).toEqual(a.problemIds)
    expect(new Set(a.problemIds).size).toBe(3)
  })
  it('different seeds give different rounds', () => {
    const rounds = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => composeRound(FAKE_BANK, EMPTY_PROGRESS, { seed, mix: 'standard' }).problemIds.join()))
    expect(rounds.size).toBeGreaterThan(1)
  })
  it('skips solved problems and says so when a slot must reuse one', () => {
    const solvedAllEasy = progressFromEvents(['e1', 'e2', 'e3'].map((id, i) => ({ id: `s${i}`, type: 'submitted', problemId: id, at: i, verdict: 'accepted' })))
    const r = composeRound(FAKE_BANK, solvedAllEasy, { seed: 3, mix: 'standard' })
    expect(r.notes).toEqual(['Slot 1: every easy problem is solved; reusing one.'])
    const solvedM1 = progressFromEvents([{ id: 'x', type: 'submitted', problemId: 'm1', at: 1, verdict: 'accepted' }])
    for (let seed = 0; seed < 20; seed++) expect(composeRound(FAKE_BANK, solvedM1, { seed, mix: 'standard' }).problemIds).not.toContain('m1')
  })
  it('focuses on a topic when asked', () => {
    const r = composeRound(FAKE_BANK, EMPTY_PROGRESS, { seed: 1, mix: 'standard', topic: 'lag-lead' })
    expect(r.problemIds.sort()).toEqual(['e3', 'h2', 'm1'])
  })
})
