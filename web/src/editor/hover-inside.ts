import type { monaco } from './monaco.ts'

// Monaco places its hover (an error marker's message) above or below the line by the room left in the whole
// page, so on the first lines it went above the editor, where the editor's box clipped it out of sight. This
// points it to the side of the line with more room inside the editor instead.

/** Keeps the hover of the line under the mouse or the cursor on the roomier side of that line in the editor. */
export function keepHoverInside(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  let above: boolean | null = null
  const preferRoomierSide = (lineNumber: number) => {
    const top = editor.getTopForLineNumber(lineNumber) - editor.getScrollTop()
    const next = top > editor.getLayoutInfo().height / 2
    if (next === above) return
    above = next
    editor.updateOptions({ hover: { above } })
  }
  const onMouse = editor.onMouseMove((e) => e.target.position && preferRoomierSide(e.target.position.lineNumber))
  const onCursor = editor.onDidChangeCursorPosition((e) => preferRoomierSide(e.position.lineNumber))
  return {
    dispose() {
      onMouse.dispose()
      onCursor.dispose()
    },
  }
}
