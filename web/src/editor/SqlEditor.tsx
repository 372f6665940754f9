import { useEffect, useRef } from 'react'
import type { TableInfo } from '../core.ts'
import { monaco, setCompletionSchema } from './monaco.ts'

export interface EditorError {
  /** 1-based character offset in the query, as Postgres reports it. */
  position: number
  message: string
}

export interface SqlEditorProps {
  value: string
  onChange: (value: string) => void
  onRun: () => void
  onSubmit: () => void
  schema: TableInfo[]
  error: EditorError | null
  dark: boolean
  completion: boolean
}

export default function SqlEditor(props: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const latest = useRef(props)
  latest.current = props

  useEffect(() => {
    setCompletionSchema(props.schema)
    const e = monaco.editor.create(host.current!, {
      value: props.value,
      language: 'pgsql',
      minimap: { enabled: false },
      fontSize: 14,
      automaticLayout: true,
      scrollBeyondLastLine: false,
      tabSize: 2,
      ariaLabel: 'SQL editor. Ctrl+Enter runs, Ctrl+Shift+Enter submits.',
      quickSuggestions: props.completion,
      suggestOnTriggerCharacters: props.completion,
    })
    editor.current = e
    e.onDidChangeModelContent(() => latest.current.onChange(e.getValue()))
    e.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun())
    e.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => latest.current.onSubmit())
    ;(window as unknown as { __sqlprepEditor?: unknown }).__sqlprepEditor = e
    return () => e.dispose() // created once; later prop changes reach it through `latest` and the effects below
  }, [])

  useEffect(() => monaco.editor.setTheme(props.dark ? 'vs-dark' : 'vs'), [props.dark])

  useEffect(() => {
    const model = editor.current?.getModel()
    if (!model) return
    if (!props.error) return monaco.editor.setModelMarkers(model, 'sqlprep', [])
    const start = model.getPositionAt(props.error.position - 1)
    const word = model.getWordAtPosition(start)
    const end = word ? { lineNumber: start.lineNumber, column: word.endColumn } : { lineNumber: start.lineNumber, column: start.column + 1 }
    monaco.editor.setModelMarkers(model, 'sqlprep', [
      { severity: monaco.MarkerSeverity.Error, message: props.error.message, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
    ])
  }, [props.error])

  return <div className="editor-host" ref={host} data-testid="editor" />
}
