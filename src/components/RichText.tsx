import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

const allowedHref = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i

/** Only web, mail and on-site links render as links; anything else (data:, javascript:) does not. */
export function safeHref(url: string | null | undefined): string {
  const value = url?.trim() ?? ''
  return allowedHref.test(value) ? value : '#'
}

function internalHref(node: SerializedLinkNode): string {
  const doc = node.fields.doc
  const value = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string; role?: string }) : null
  if (doc?.relationTo === 'policies' && value?.slug) return `/policies/${value.slug}`
  if (doc?.relationTo === 'role-guides' && value?.role) return `/guides/${value.role}`
  return '#'
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => {
    const href = node.fields.linkType === 'internal' ? internalHref(node) : safeHref(node.fields.url)
    const external = node.fields.newTab ? { rel: 'noopener noreferrer', target: '_blank' } : {}
    return (
      <a href={href} {...external}>
        {nodesToJSX({ nodes: node.children })}
      </a>
    )
  },
  autolink: ({ node, nodesToJSX }) => <a href={safeHref(node.fields.url)}>{nodesToJSX({ nodes: node.children })}</a>,
})

/** Renders a Lexical body as plain semantic HTML (no client JavaScript). */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data) return null
  return <LexicalRichText className={className ?? 'prose'} converters={converters} data={data as SerializedEditorState} />
}
