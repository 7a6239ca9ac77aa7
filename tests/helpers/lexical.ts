/** A minimal Lexical document with one paragraph per string. */
export function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  } as never
}

type Node = { type?: string; tag?: string; children?: Node[]; [key: string]: unknown }

/** Every node in a Lexical document (or below one node), depth first. */
export function allNodes(body: unknown): Node[] {
  const out: Node[] = []
  const visit = (node: Node) => {
    out.push(node)
    node.children?.forEach(visit)
  }
  const start = body as Node & { root?: Node }
  visit(start.root ?? start)
  return out
}
