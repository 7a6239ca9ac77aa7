import { diffWords } from 'diff'

/** A Lexical node as stored: only the parts the text view needs. */
type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  listType?: string
  children?: LexicalNode[]
}

type EditorState = { root: LexicalNode } | null | undefined

/**
 * A policy body as readable plain text for comparing versions: one block per line, headings
 * and list items marked, nested lists indented, so a diff reads like the document.
 */
export function policyBodyText(body: unknown): string {
  const root = (body as EditorState)?.root
  if (!root) return ''
  const lines: string[] = []
  for (const child of root.children ?? []) writeBlock(child, lines, 0)
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function writeBlock(node: LexicalNode, lines: string[], depth: number): void {
  switch (node.type) {
    case 'heading':
      lines.push('', `${'#'.repeat(Number(node.tag?.slice(1)) || 2)} ${inlineText(node)}`, '')
      return
    case 'list':
      writeList(node, lines, depth)
      lines.push('')
      return
    case 'horizontalrule':
      lines.push('', '———', '')
      return
    default:
      lines.push(inlineText(node), '')
  }
}

/** Nested lists sit in an item of their own (as the Lexical editor stores them), which takes no number. */
function writeList(list: LexicalNode, lines: string[], depth: number): void {
  let number = 1
  for (const item of list.children ?? []) {
    const text = inlineText({ ...item, children: item.children?.filter((child) => child.type !== 'list') })
    if (text) {
      lines.push(`${'  '.repeat(depth)}${list.listType === 'number' ? `${number}.` : '•'} ${text}`)
      number += 1
    }
    for (const nested of item.children?.filter((child) => child.type === 'list') ?? []) writeList(nested, lines, depth + 1)
  }
}

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inlineText).join('')
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** Word-level changes from one text to another. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

export function countChanges(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length
  return parts.reduce(
    (total, part) => ({
      added: total.added + (part.kind === 'added' ? words(part.text) : 0),
      removed: total.removed + (part.kind === 'removed' ? words(part.text) : 0),
    }),
    { added: 0, removed: 0 },
  )
}
