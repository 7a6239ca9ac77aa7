type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The words of a rich-text value, paragraphs separated by a blank line. */
export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root?.children) return ''
  const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))
  return root.children
    .map(textOf)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n')
}

/** Plain text typed in a form, as a rich-text value: one paragraph per blank-line-separated block. */
export function plainToRichText(text: string) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '' as const,
      indent: 0,
      children: blocks.map((block) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text: block, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
