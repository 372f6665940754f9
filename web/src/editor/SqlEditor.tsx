import { useEffect, useRef, useState } from 'react'
import { lineColumnAt, type TableInfo } from '../core.ts'
import { BOOT_MARKS } from '../boot-marks.ts'
import { keepHoverInside } from './hover-inside.ts'
import { DARK_THEME, LIGHT_THEME, monaco, setCompletionSchema } from './monaco.ts'

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
  /** A hint shown while the editor is empty (what to write for this kind of problem). */
  placeholder: string
  /** Text to put in place of the editor's as one edit the learner can undo (Ctrl+Z): a new object each time. */
  replacement?: { text: string } | null
}

// Keyboard: Tab indents. Esc then Tab (or Shift+Tab) leaves the editor; Ctrl+M switches Monaco's tab-focus
// mode, where Tab moves focus, until pressed again (kept for the session, across problems).
let tabMovesFocus = false
const IS_MAC = /Mac|iPhone|iPad|iPod/.test(navigator.platform)

export default function SqlEditor(props: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const [tabMoves, setTabMoves] = useState(tabMovesFocus)
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const latest = useRef(props)
  latest.current = props
  const applied = useRef(props.replacement) // a replacement made before this editor existed is in `value`

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
      ariaLabel: 'SQL editor. Ctrl+Enter runs, Ctrl+Shift+Enter submits. Tab indents; Escape then Tab leaves the editor; Ctrl+M makes Tab move focus.',
      tabFocusMode: tabMovesFocus,
      // A hint shown while the editor is empty, never text of its own that would end up before the learner's.
      placeholder: props.placeholder,
      // The hover and completion list are drawn over the page, never clipped by the editor's box.
      fixedOverflowWidgets: true,
      quickSuggestions: props.completion,
      suggestOnTriggerCharacters: props.completion,
    })
    editor.current = e
    requestAnimationFrame(() => performance.mark(BOOT_MARKS.editorReady))
    e.onDidChangeModelContent(() => latest.current.onChange(e.getValue()))
    e.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun())
    e.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => latest.current.onSubmit())
    // Esc arms tab-focus mode for the next key: Tab then moves focus (the browser's own Tab); any other key,
    // or leaving, disarms it. Modifier keys alone (the Shift of Shift+Tab) change nothing.
    let escaped = false
    const applyTabMode = () => e.updateOptions({ tabFocusMode: tabMovesFocus || escaped })
    const modifiers = [monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]
    e.onKeyDown((k) => {
      if (k.keyCode === monaco.KeyCode.Escape) escaped = true
      else if (k.keyCode === monaco.KeyCode.Tab || modifiers.includes(k.keyCode)) return
      else if (escaped) escaped = false
      else return
      applyTabMode()
    })
    e.onDidBlurEditorText(() => {
      if (!escaped) return
      escaped = false
      applyTabMode()
    })
    // Monaco's own toggle is Ctrl+M (Ctrl+Shift+M on a Mac); this one is Ctrl+M everywhere and shows its state.
    e.addCommand((IS_MAC ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd) | monaco.KeyCode.KeyM, () => {
      tabMovesFocus = !tabMovesFocus
      escaped = false
      applyTabMode()
      setTabMoves(tabMovesFocus)
    })
    keepHoverInside(e) // its listeners go with the editor
    ;(window as unknown as { __sqlprepEditor?: unknown }).__sqlprepEditor = e
    return () => e.dispose() // created once; later prop changes reach it through `latest` and the effects below
  }, [])

  useEffect(() => monaco.editor.setTheme(props.dark ? DARK_THEME : LIGHT_THEME), [props.dark])

  useEffect(() => {
    const e = editor.current
    const model = e?.getModel()
    if (!e || !model || !props.replacement || props.replacement === applied.current) return
    applied.current = props.replacement
    e.pushUndoStop()
    e.executeEdits('restore', [{ range: model.getFullModelRange(), text: props.replacement.text }])
    e.pushUndoStop()
  }, [props.replacement])

  useEffect(() => {
    const model = editor.current?.getModel()
    if (!model) return
    if (!props.error) return monaco.editor.setModelMarkers(model, 'sqlprep', [])
    // Postgres counts characters; Monaco's offsets count UTF-16 units (an emoji is two).
    const start = model.getPositionAt(lineColumnAt(model.getValue(), props.error.position).offset)
    const word = model.getWordAtPosition(start)
    const end = word ? { lineNumber: start.lineNumber, column: word.endColumn } : { lineNumber: start.lineNumber, column: start.column + 1 }
    monaco.editor.setModelMarkers(model, 'sqlprep', [
      { severity: monaco.MarkerSeverity.Error, message: props.error.message, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
    ])
  }, [props.error])

  return (
    <>
      <p className="editor-keys small muted" data-testid="editor-keys" data-tab-moves-focus={tabMoves} aria-live="polite">
        {tabMoves ? (
          <>
            <kbd>Tab</kbd> moves focus out of the editor · <kbd>Ctrl+M</kbd>: Tab indents again
          </>
        ) : (
          <>
            <kbd>Tab</kbd> indents · <kbd>Esc</kbd> then <kbd>Tab</kbd> leaves the editor · <kbd>Ctrl+M</kbd>: Tab moves focus
          </>
        )}
      </p>
      <div className="editor-host" ref={host} data-testid="editor" />
    </>
  )
}
