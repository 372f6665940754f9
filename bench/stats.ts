import { quantile } from '../src/progress/stats.ts'

export function median(xs: number[]): number {
  return quantile(xs, 0.5) ?? NaN
}

export function percentile(xs: number[], p: number): number {
  return quantile(xs, p / 100) ?? NaN
}
