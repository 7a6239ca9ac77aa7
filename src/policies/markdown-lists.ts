/**
 * Payload's Markdown list transformer puts every list item at the top level: an indented item
 * is either flattened (2-space indent) or left for a live editor to indent (4-space), which a
 * headless conversion never finishes. So before conversion each item's depth is recorded in a
 * private marker and the indentation removed; afterwards the items are nested the way the
 * Lexical editor itself stores nested lists (an item holding only the sub-list).
 */

const listLine = /^([ \t]*)([-*+]|\d{1,9}\.)([ \t]+)(.*)$/
const markerPattern = /^\uE000(\d+)\uE001/
const marker = (depth: number) => `\uE000${depth}\uE001`

/**
 * Smooths over what the converter mishandles: Windows line endings, lines of only spaces,
 * `***` rules and `***bold italic***` (which it splits into stray asterisks).
 */
export function tidyMarkdown(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]+$/gm, '')
    .replace(/^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/gm, '---')
    .replace(/\*\*\*([^*\n]+?)\*\*\*/g, '**_$1_**')
}

/** Removes list indentation, marking each item with its depth. */
export function markListDepths(markdown: string): string {
  const openIndents: number[] = []
  return tidyMarkdown(markdown)
    .split('\n')
    .map((line) => {
      const match = listLine.exec(line)
      if (!match) {
        if (line.trim() && !/^[ \t]/.test(line)) openIndents.length = 0
        return line
      }
      const [, leading, bullet, space, text] = match
      const indent = leading.replace(/\t/g, '    ').length
      while (openIndents.length && openIndents[openIndents.length - 1] >= indent) openIndents.pop()
      const depth = openIndents.length
      openIndents.push(indent)
      return `${bullet}${space}${marker(depth)}${text}`
    })
    .join('\n')
}

type Node = {
  type: string
  children?: Node[]
  text?: string
  listType?: string
  tag?: string
  start?: number
  indent?: number
  value?: number
  [key: string]: unknown
}

/** Rebuilds nested lists from the depth markers left by markListDepths. */
export function nestMarkedLists<T>(state: T): T {
  const root = (state as { root: Node }).root
  const children: Node[] = []
  let run: { item: Node; depth: number; listType: string }[] = []
  const flush = () => {
    if (run.length) children.push(...buildLists(run))
    run = []
  }
  for (const node of root.children ?? []) {
    if (node.type !== 'list') {
      flush()
      children.push(node)
      continue
    }
    for (const item of node.children ?? []) {
      run.push({ item, depth: takeDepth(item), listType: node.listType ?? 'bullet' })
    }
  }
  flush()
  root.children = children
  stripLeftoverMarkers(root)
  return state
}

/** A marked line the converter did not turn into a list item keeps no trace of the marker. */
function stripLeftoverMarkers(node: Node): void {
  if (typeof node.text === 'string') node.text = node.text.replace(/\uE000\d+\uE001/g, '')
  node.children?.forEach(stripLeftoverMarkers)
}

function takeDepth(item: Node): number {
  const first = firstText(item)
  const match = first?.text ? markerPattern.exec(first.text) : null
  if (!first || !match) return 0
  first.text = first.text!.slice(match[0].length)
  return Number(match[1])
}

function firstText(node: Node): Node | undefined {
  if (node.type === 'text') return node
  for (const child of node.children ?? []) {
    const found = firstText(child)
    if (found) return found
  }
  return undefined
}

function newList(listType: string, depth: number): Node {
  return {
    type: 'list',
    listType,
    tag: listType === 'number' ? 'ol' : 'ul',
    start: 1,
    direction: null,
    format: '',
    indent: depth,
    version: 1,
    children: [],
  }
}

function buildLists(run: { item: Node; depth: number; listType: string }[]): Node[] {
  const roots: Node[] = []
  const stack: Node[] = []
  for (const { item, depth: wanted, listType } of run) {
    // A child can only be one level deeper than its parent.
    const depth = Math.min(wanted, stack.length)
    stack.length = Math.min(stack.length, depth + 1)
    if (stack.length === depth + 1 && stack[depth].listType !== listType) stack.length = depth
    if (stack.length === depth) {
      const list = newList(listType, depth)
      if (depth === 0) roots.push(list)
      else {
        const parent = stack[depth - 1]
        parent.children!.push({
          type: 'listitem',
          children: [list],
          direction: null,
          format: '',
          indent: depth,
          version: 1,
          value: parent.children!.length + 1,
        })
      }
      stack.push(list)
    }
    const list = stack[depth]
    list.children!.push({ ...item, indent: depth, value: list.children!.filter((child) => !isWrapper(child)).length + 1 })
  }
  return roots
}

const isWrapper = (node: Node) => node.children?.length === 1 && node.children[0].type === 'list'
