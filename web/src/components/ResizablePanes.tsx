import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

// The statement and the editor side by side, with a splitter between them that a mouse drags and the
// keyboard moves (arrow keys, Home, End). The width is remembered. Where the stylesheet stacks the two
// (a narrow window), the splitter is not shown and the stylesheet's layout is left alone.

const STORAGE_KEY = 'sqlprep:statement-share'
const MIN = 0.25
const MAX = 0.75
const STEP = 0.05

const clamp = (share: number) => Math.min(MAX, Math.max(MIN, share))

function savedShare(): number | null {
  const n = Number(localStorage.getItem(STORAGE_KEY))
  return n >= MIN && n <= MAX ? n : null
}

export interface ResizablePanes {
  /** For the workspace element (its first child is the statement). */
  ref: React.RefObject<HTMLDivElement | null>
  style: React.CSSProperties
  splitter: React.ReactNode
}

export function useResizablePanes(statementId: string): ResizablePanes {
  const ref = useRef<HTMLDivElement | null>(null)
  const [share, setShare] = useState<number | null>(savedShare)
  const [layout, setLayout] = useState<{ sideBySide: boolean; left: number; share: number }>({ sideBySide: false, left: 0, share: 0.5 })
  const columns = share === null ? undefined : `minmax(240px, ${share}fr) minmax(320px, ${1 - share}fr)`

  // Asks the stylesheet, without our columns, whether the panes sit side by side, and where the gap is.
  const measure = useCallback(() => {
    const el = ref.current
    const statement = el?.firstElementChild as HTMLElement | null
    if (!el || !statement) return
    const ours = el.style.gridTemplateColumns
    el.style.gridTemplateColumns = ''
    const tracks = getComputedStyle(el).gridTemplateColumns.split(' ').filter(Boolean).length
    el.style.gridTemplateColumns = ours
    const gap = parseFloat(getComputedStyle(el).columnGap) || 16
    const width = el.clientWidth || 1
    setLayout({ sideBySide: tracks >= 2, left: statement.offsetLeft + statement.offsetWidth + gap / 2, share: (statement.offsetWidth + gap / 2) / width })
  }, [])

  useLayoutEffect(measure, [measure, columns])
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    if (el.firstElementChild) observer.observe(el.firstElementChild)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [measure])

  const set = (next: number) => {
    const value = clamp(next)
    setShare(value)
    localStorage.setItem(STORAGE_KEY, String(value))
  }
  const current = share ?? layout.share
  const onKeyDown = (e: React.KeyboardEvent) => {
    const to = { ArrowLeft: current - STEP, ArrowRight: current + STEP, Home: MIN, End: MAX }[e.key]
    if (to === undefined) return
    e.preventDefault()
    set(to)
  }
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !ref.current) return
    const box = ref.current.getBoundingClientRect()
    set((e.clientX - box.left) / box.width)
  }

  const splitter = layout.sideBySide ? (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Resize the statement and the editor"
      aria-controls={statementId}
      aria-valuemin={MIN * 100}
      aria-valuemax={MAX * 100}
      aria-valuenow={Math.round(current * 100)}
      aria-valuetext={`statement ${Math.round(current * 100)}% of the width`}
      title="Drag, or use the arrow keys, to resize"
      data-testid="pane-splitter"
      onKeyDown={onKeyDown}
      onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => e.currentTarget.releasePointerCapture(e.pointerId)}
      style={{ position: 'absolute', top: 0, bottom: 0, left: layout.left - 4, width: 8, cursor: 'col-resize', touchAction: 'none', display: 'flex', justifyContent: 'center' }}
    >
      <span aria-hidden="true" style={{ width: 2, background: 'var(--border)', borderRadius: 1 }} />
    </div>
  ) : null

  return { ref, style: { position: 'relative', ...(layout.sideBySide && columns ? { gridTemplateColumns: columns } : {}) }, splitter }
}
