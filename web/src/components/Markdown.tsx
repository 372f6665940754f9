import { Marked } from 'marked'
import { useMemo } from 'react'

// Problem Markdown is written by the bank's authors; the statement is checked at build time to contain no
// HTML, hints and generated sentences are not, so raw HTML is shown as text, never interpreted.
const markdown = new Marked({ renderer: { html: ({ text }) => escapeHtml(text) } })

/** Markdown as HTML: a block of paragraphs, or `inline` for a sentence inside other text (a hint, a list item). */
export function Markdown({ text, inline }: { text: string; inline?: boolean }) {
  const html = useMemo(() => (inline ? markdown.parseInline(text, { async: false }) : markdown.parse(text, { async: false })) as string, [text, inline])
  return inline ? <span className="markdown" dangerouslySetInnerHTML={{ __html: html }} /> : <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}
