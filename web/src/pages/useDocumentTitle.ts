import { useEffect } from 'react'

/** Sets the tab's title for the screen shown ("Dashboard · sqlprep"), so each screen reads distinctly in tabs and history. */
export function useDocumentTitle(screen: string): void {
  useEffect(() => {
    document.title = screen ? `${screen} · sqlprep` : 'sqlprep'
  }, [screen])
}
