import Link from 'next/link'

import { AskForWishes, SuggestionReasons } from '@/components/matching/Suggestions'
import { Avatar } from '@/components/Avatar'
import { getPayloadClient } from '@/lib/payload'
import { suggestMentorsFor } from '@/matching/suggest'

import type { User } from '../../../../payload-types'
import { EmptyState, Rows, Section } from './Section'

/** A Career Candidate's three best-suited Mentors and Connectors, with the reasons, and the way to the rest. */
export async function SuggestedSection({ member }: { member: User }) {
  const result = await suggestMentorsFor(await getPayloadClient(), member, { limit: 3 })
  const ready = result.state === 'ready'
  return (
    <Section
      action={ready ? { href: '/mentors?for=me', label: 'All your suggestions' } : undefined}
      description={ready ? 'From what you told us you are looking for. Only you see what you told us.' : undefined}
      id="suggested-mentors"
      title="Suggested for you"
    >
      {!ready ? (
        <AskForWishes compact />
      ) : result.suggestions.length === 0 ? (
        <EmptyState
          action={
            <Link className="text-sm font-medium" href="/account/looking-for">
              Change what you’re looking for
            </Link>
          }
        >
          Nobody open to new students fits what you are looking for just now.
        </EmptyState>
      ) : (
        <Rows label="Suggested Mentors and Connectors">
          {result.suggestions.map(({ card, reasons }) => (
            <li key={card.id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
              <span className="flex items-center gap-3">
                <Avatar name={card.displayName} src={card.photo?.small} size="sm" />
                <span className="flex min-w-0 flex-col">
                  <Link className="font-medium" href={`/mentors/${card.slug}`}>
                    {card.displayName}
                  </Link>
                  <span className="text-sm text-muted-foreground">
                    {card.kind === 'mentor' ? 'Mentor' : 'Connector'}
                    {card.headline ? ` · ${card.headline}` : ''}
                  </span>
                </span>
              </span>
              <SuggestionReasons reasons={reasons} />
            </li>
          ))}
        </Rows>
      )}
    </Section>
  )
}
