import { ResizableContentWidget } from 'monaco-editor/editor/contrib/hover/browser/resizableContentWidget'
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

// Monaco 0.57 measures the room above and below the hovered line from the line's place in the document but the
// window's height, as if the window never scrolled (VS Code's never does). On a phone the page scrolls, so it
// found no room below a line the window shows with plenty, and drew the hover above the line: outside the
// editor on its first lines. Both measures are corrected by the window's scroll, so the choice above is what
// decides. (tests/browser/verdict-diff.test.ts fails if an upgrade renames these.)
const widget = ResizableContentWidget.prototype
const roomBelow = widget._availableVerticalSpaceBelow
const roomAbove = widget._availableVerticalSpaceAbove
widget._availableVerticalSpaceBelow = function (position) {
  const room = roomBelow.call(this, position)
  return room === undefined ? room : room + window.scrollY
}
widget._availableVerticalSpaceAbove = function (position) {
  const room = roomAbove.call(this, position)
  return room === undefined ? room : room - window.scrollY
}
