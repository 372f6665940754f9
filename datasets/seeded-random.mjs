// mulberry32: the seeded PRNG every dataset generator draws from (no Math.random, no clock), so that
// `node datasets/<name>/generate.mjs` rewrites the same bytes every time.
export function mulberry32(seed) {
  let a = seed >>> 0
  return function () {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
