// Performance marks the page sets as it starts (the page's own clock, from navigation); `npm run bench`
// reads them for "editor usable" and "engine ready".
export const BOOT_MARKS = {
  /** The editor is drawn and takes input (the animation frame after Monaco creates it). */
  editorReady: 'sqlprep:editor-ready',
  /** The header shows the engine ready (passive effects run once that is painted). */
  engineReady: 'sqlprep:engine-ready',
} as const
