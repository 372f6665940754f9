/// <reference types="vite/client" />
declare module 'virtual:sqlprep-bank' {
  export const BANK_URL: string
  export const SNAPSHOT_URL: string
  /** Each dataset's layer of the snapshot, by dataset schema. */
  export const LAYER_URLS: Record<string, string>
}
// Monaco's hover widget base class (no types shipped for its internals); web/src/editor/hover-inside.ts
// corrects two of its measures.
declare module 'monaco-editor/editor/contrib/hover/browser/resizableContentWidget' {
  interface HoverPosition {
    lineNumber: number
    column: number
  }
  export class ResizableContentWidget {
    _availableVerticalSpaceAbove(position: HoverPosition): number | undefined
    _availableVerticalSpaceBelow(position: HoverPosition): number | undefined
  }
}
