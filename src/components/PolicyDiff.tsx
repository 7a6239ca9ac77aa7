import type { DiffPart } from '@/lib/policy-diff'

/**
 * A word-level diff. Colour is not the only cue: added words are underlined, removed words
 * struck through, and screen readers hear where each change starts and ends.
 */
export function PolicyDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="diff" data-testid="policy-diff">
      {parts.map((part, index) => {
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
      })}
    </div>
  )
}
