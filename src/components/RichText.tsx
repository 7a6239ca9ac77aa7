import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Renders a Lexical body as plain semantic HTML (no client JavaScript). */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data) return null
  return <LexicalRichText className={className ?? 'prose'} data={data as SerializedEditorState} />
}
