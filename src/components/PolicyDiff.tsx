import type { ReactNode } from 'react'

import type { DiffBlock, DiffPart } from '@/lib/policy-diff'

/**
 * The changes between two versions of a policy, laid out as the policy reads: headings as
 * headings, list items with their numbers, paragraphs as paragraphs. Colour is not the only
 * cue: added words are underlined, removed words struck through, and screen readers hear where
 * each change starts and ends.
 */
export function PolicyDiff({
  blocks,
  headingOffset = 0,
}: {
  blocks: DiffBlock[]
  /** levels to add to the policy's own headings (h2 under a page's h2 becomes h3) */ headingOffset?: 0 | 1
}) {
  return (
    <div className="diff prose max-w-none" data-testid="policy-diff">
      {blocks.map((block, index) => (
        <DiffBlockView block={block} headingOffset={headingOffset} key={index} />
      ))}
    </div>
  )
}

function DiffBlockView({ block, headingOffset }: { block: DiffBlock; headingOffset: 0 | 1 }) {
  const words = <Words parts={block.parts} />
  const className = block.change === 'same' ? undefined : `diff__block diff__block--${block.change}`
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${block.level + headingOffset}` as 'h2' | 'h3' | 'h4' | 'h5'
      return <Heading className={className}>{words}</Heading>
    }
    case 'item':
      return (
        <p className={['diff__item', className].filter(Boolean).join(' ')} style={{ paddingInlineStart: `${1.5 + block.depth * 1.5}rem` }}>
          <span className="diff__marker" aria-hidden="true">
            {block.marker}
          </span>{' '}
          {words}
        </p>
      )
    case 'rule':
      return <hr className={className} />
    default:
      return <p className={className}>{words}</p>
  }
}

function Words({ parts }: { parts: DiffPart[] }): ReactNode {
  return parts.map((part, index) => {
    if (part.kind === 'added')
      return (
        <ins key={index}>
          <span className="visually-hidden">[added: </span>
          {part.text}
          <span className="visually-hidden">]</span>
        </ins>
      )
    if (part.kind === 'removed')
      return (
        <del key={index}>
          <span className="visually-hidden">[removed: </span>
          {part.text}
          <span className="visually-hidden">]</span>
        </del>
      )
    return <span key={index}>{part.text}</span>
  })
}
