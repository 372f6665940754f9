import { canonicalNumber } from './canonical-number.ts'

// Canonical text of a json/jsonb value: keys sorted, whitespace dropped, numbers in exact canonical form
// (JSON.parse would round 12345678901234567890 and turn 1.0 into 1 only by accident).

export function canonicalJson(text: string): string {
  const parser = new JsonCanonicalizer(text)
  const value = parser.value()
  parser.end()
  return value
}

class JsonCanonicalizer {
  private i = 0
  constructor(private readonly s: string) {}

  value(): string {
    this.ws()
    const c = this.s[this.i]
    if (c === '{') return this.object()
    if (c === '[') return this.array()
    if (c === '"') return JSON.stringify(this.string())
    if (this.s.startsWith('true', this.i)) return this.word('true')
    if (this.s.startsWith('false', this.i)) return this.word('false')
    if (this.s.startsWith('null', this.i)) return this.word('null')
    return this.number()
  }

  end(): void {
    this.ws()
    if (this.i !== this.s.length) throw new Error(`unexpected text at ${this.i}`)
  }

  private object(): string {
    this.i++
    const members = new Map<string, string>()
    this.ws()
    if (this.s[this.i] === '}') {
      this.i++
      return '{}'
    }
    for (;;) {
      this.ws()
      const key = this.string()
      this.ws()
      this.expect(':')
      members.set(key, this.value())
      this.ws()
      if (this.s[this.i] === ',') {
        this.i++
        continue
      }
      this.expect('}')
      break
    }
    const keys = [...members.keys()].sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${members.get(k)}`).join(',')}}`
  }

  private array(): string {
    this.i++
    const items: string[] = []
    this.ws()
    if (this.s[this.i] === ']') {
      this.i++
      return '[]'
    }
    for (;;) {
      items.push(this.value())
      this.ws()
      if (this.s[this.i] === ',') {
        this.i++
        continue
      }
      this.expect(']')
      break
    }
    return `[${items.join(',')}]`
  }

  private string(): string {
    this.expect('"')
    const start = this.i - 1
    while (this.i < this.s.length && this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1
    this.expect('"')
    return JSON.parse(this.s.slice(start, this.i)) as string
  }

  private number(): string {
    const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i))
    if (!m) throw new Error(`unexpected text at ${this.i}`)
    this.i += m[0].length
    return canonicalNumber(m[0])!
  }

  private word(w: string): string {
    this.i += w.length
    return w
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw new Error(`expected ${c} at ${this.i}`)
    this.i++
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++
  }
}
