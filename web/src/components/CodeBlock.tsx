import { useScrollRegion } from './ResultTable.tsx'

/** Preformatted text (SQL, a plan as text) whose long lines scroll in its own box, reachable by keyboard when it does. */
export function CodeBlock({ text, label, className, testId }: { text: string; label: string; className?: string; testId?: string }) {
  const region = useScrollRegion<HTMLPreElement>(label)
  return (
    <pre className={className} data-testid={testId} {...region}>
      <code>{text}</code>
    </pre>
  )
}
