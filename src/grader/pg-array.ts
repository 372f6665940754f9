// Parser for Postgres array literals in text output: {1,2,NULL}, {"a b","c\"d"}, {{1,2},{3,4}}.

export type PgArray = (string | null | PgArray)[]

export function parsePgArray(text: string): PgArray {
  let i = 0
  // A literal may start with explicit bounds: [0:2]={…}
  if (text[0] === '[') {
    const eq = text.indexOf('=')
    if (eq < 0) throw new Error('malformed array bounds')
    i = eq + 1
  }
  const parse = (): PgArray => {
    if (text[i] !== '{') throw new Error(`expected { at ${i}`)
    i++
    const items: PgArray = []
    if (text[i] === '}') {
      i++
      return items
    }
    for (;;) {
      if (text[i] === '{') items.push(parse())
      else if (text[i] === '"') {
        i++
        let value = ''
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\') i++
          value += text[i]
          i++
        }
        i++
        items.push(value)
      } else {
        let j = i
        while (j < text.length && text[j] !== ',' && text[j] !== '}') j++
        const raw = text.slice(i, j)
        items.push(raw === 'NULL' ? null : raw)
        i = j
      }
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return items
      }
      throw new Error(`unexpected ${text[i] ?? 'end'} at ${i}`)
    }
  }
  const result = parse()
  if (i !== text.length) throw new Error('trailing text after array')
  return result
}
