// Monaco, bundled locally (no CDN) and loaded lazily: core API, a few editing features, pgsql highlighting.
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/linesOperations/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/placeholderText/register'
import 'monaco-editor/features/suggest/register'
// 0.57: the suggest feature alone does not register the widget.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/languages/definitions/pgsql/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import type { TableInfo } from '../core.ts'

;(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = { getWorker: () => new EditorWorker() }

export { monaco }

// Monaco's themes with text at WCAG AA contrast (4.5:1): vs-dark's comments (#608b4e on #1e1e1e) are 4.2:1,
// VS Code's Dark+ green 5.0:1; the empty editor's placeholder is 3.6:1 (vs) and 3.1:1 (vs-dark), these 5.3:1
// and 5.5:1. SQL string literals (#ff0000: 4.0:1 on white, 4.2:1 on #1e1e1e) and operators such as `::`
// (#778899: 3.6:1 on white) get the colours below (7.8:1 and 5.9:1 on white; 6.8:1 and 7.6:1 on #1e1e1e).
export const LIGHT_THEME = 'sqlprep-light'
export const DARK_THEME = 'sqlprep-dark'
monaco.editor.defineTheme(LIGHT_THEME, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'string.sql', foreground: 'a31515' },
    { token: 'operator.sql', foreground: '5c6670' },
  ],
  colors: { 'editor.placeholder.foreground': '#6b6b6b' },
})
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6a9955' },
    { token: 'string.sql', foreground: 'f48771' },
    { token: 'operator.sql', foreground: 'a7b0bb' },
  ],
  colors: { 'editor.placeholder.foreground': '#949494' },
})

const KEYWORDS = ['select', 'from', 'where', 'group by', 'order by', 'having', 'join', 'left join', 'inner join', 'on', 'as', 'with', 'recursive', 'union all', 'distinct', 'partition by', 'over', 'case', 'when', 'then', 'else', 'end', 'limit', 'coalesce', 'count', 'sum', 'avg', 'min', 'max', 'row_number', 'rank', 'dense_rank', 'lag', 'lead', 'date_trunc', 'extract', 'interval', 'filter', 'exists', 'not exists']

let schemaForCompletion: TableInfo[] = []
let registered = false

/** Completion of the problem's tables, columns, and `alias.` columns (aliases read from the query text). */
export function setCompletionSchema(tables: TableInfo[]): void {
  schemaForCompletion = tables
  if (registered) return
  registered = true
  monaco.languages.registerCompletionItemProvider('pgsql', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position)
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn }
      const before = model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1)
      const qualifier = /([A-Za-z_][\w]*)\.$/.exec(before)?.[1]?.toLowerCase()
      const K = monaco.languages.CompletionItemKind
      if (qualifier) {
        const table = resolveAlias(model.getValue(), qualifier)
        const info = schemaForCompletion.find((t) => t.name === table)
        return { suggestions: (info?.columns ?? []).map((c) => ({ label: c.name, kind: K.Field, detail: c.type, insertText: c.name, range })) }
      }
      return {
        suggestions: [
          ...schemaForCompletion.map((t) => ({ label: t.name, kind: K.Struct, detail: `table · ${t.rowCount} rows`, insertText: t.name, range })),
          ...schemaForCompletion.flatMap((t) => t.columns.map((c) => ({ label: c.name, kind: K.Field, detail: `${t.name}.${c.name} ${c.type}`, insertText: c.name, range }))),
          ...KEYWORDS.map((k) => ({ label: k, kind: K.Keyword, insertText: k, range })),
        ],
      }
    },
  })
}

/** `from orders o` / `join customers as c` → alias → table. */
export function resolveAlias(sql: string, alias: string): string {
  const re = /\b(?:from|join)\s+([A-Za-z_]\w*)(?:\s+(?:as\s+)?([A-Za-z_]\w*))?/gi
  for (const m of sql.matchAll(re)) {
    if (m[2]?.toLowerCase() === alias || (!m[2] && m[1]!.toLowerCase() === alias)) return m[1]!.toLowerCase()
  }
  return alias
}
