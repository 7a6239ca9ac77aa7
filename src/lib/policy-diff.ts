import { diffArrays, diffWords } from 'diff'

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

/** One block of a policy as the comparison shows it: a heading, a paragraph, a list item or a rule. */
export type PolicyBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; marker: string; depth: number; text: string }
  | { kind: 'rule'; text: '' }

/** A policy body as blocks, in reading order, with headings' levels and list items' numbers kept. */
export function policyBlocks(body: unknown): PolicyBlock[] {
  const root = (body as EditorState)?.root
  const blocks: PolicyBlock[] = []
  const pushList = (list: LexicalNode, depth: number) => {
    let number = 1
    for (const item of list.children ?? []) {
      const text = inlineText({ ...item, children: item.children?.filter((child) => child.type !== 'list') })
      if (text) {
        blocks.push({ kind: 'item', marker: list.listType === 'number' ? `${number}.` : '•', depth, text })
        number += 1
      }
      for (const nested of item.children?.filter((child) => child.type === 'list') ?? []) pushList(nested, depth + 1)
    }
  }
  for (const node of root?.children ?? []) {
    if (node.type === 'heading') {
      // The page's own title is the h1: a policy's headings start one level below it.
      const level = Math.min(4, Math.max(2, Number(node.tag?.slice(1)) || 2)) as 2 | 3 | 4
      blocks.push({ kind: 'heading', level, text: inlineText(node) })
    } else if (node.type === 'list') pushList(node, 0)
    else if (node.type === 'horizontalrule') blocks.push({ kind: 'rule', text: '' })
    else {
      const text = inlineText(node)
      if (text.trim()) blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}

/** A block of the comparison: its shape from the newer version (or the older, once removed) and its changed words. */
export type DiffBlock = PolicyBlock & { change: 'same' | 'changed' | 'added' | 'removed'; parts: DiffPart[] }

/** What two blocks must share to count as the same: a renumbered list item is not a change. */
const blockKey = (block: PolicyBlock) => JSON.stringify(block.kind === 'item' ? { ...block, marker: '' } : block)

/**
 * Compares two versions block by block, so headings and lists read as such: unchanged blocks
 * as they are, a run of removed blocks followed by as many added ones as edited blocks (word
 * by word), and the rest as wholly added or removed.
 */
export function blockDiff(before: PolicyBlock[], after: PolicyBlock[]): DiffBlock[] {
  const result: DiffBlock[] = []
  const whole = (block: PolicyBlock, change: 'added' | 'removed'): DiffBlock => ({ ...block, change, parts: [{ kind: change, text: block.text }] })
  const changes = diffArrays(before.map(blockKey), after.map(blockKey))
  // Positions in the two versions: the diff gives keys, the blocks (with their numbers) are read from here.
  let older = 0
  let newer = 0
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]
    const count = change.value.length
    if (!change.added && !change.removed) {
      for (const block of after.slice(newer, newer + count)) result.push({ ...block, change: 'same', parts: [{ kind: 'same', text: block.text }] })
      older += count
      newer += count
      continue
    }
    if (change.added) {
      for (const block of after.slice(newer, newer + count)) result.push(whole(block, 'added'))
      newer += count
      continue
    }
    const removed = before.slice(older, older + count)
    older += count
    const next = changes[index + 1]
    if (!next?.added) {
      for (const block of removed) result.push(whole(block, 'removed'))
      continue
    }
    // Edited blocks: each removed block pairs with the next added one that shares most of its
    // words, in order; added blocks between them were inserted, unpaired removed ones removed.
    const added = after.slice(newer, newer + next.value.length)
    newer += added.length
    index += 1
    let nextAdded = 0
    for (const block of removed) {
      const match = added.findIndex((candidate, at) => at >= nextAdded && similarity(block.text, candidate.text) >= 0.5)
      if (match === -1) {
        result.push(whole(block, 'removed'))
        continue
      }
      for (const inserted of added.slice(nextAdded, match)) result.push(whole(inserted, 'added'))
      result.push({ ...added[match], change: 'changed', parts: wordDiff(block.text, added[match].text) })
      nextAdded = match + 1
    }
    for (const inserted of added.slice(nextAdded)) result.push(whole(inserted, 'added'))
  }
  return result
}

/** How much two texts' words overlap, from 0 (nothing shared) to 1 (the same words): the Dice coefficient. */
function similarity(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().split(/\W+/).filter(Boolean))
  const left = words(a)
  const right = words(b)
  if (left.size === 0 && right.size === 0) return 1
  let shared = 0
  for (const word of left) if (right.has(word)) shared += 1
  return (2 * shared) / (left.size + right.size)
}
