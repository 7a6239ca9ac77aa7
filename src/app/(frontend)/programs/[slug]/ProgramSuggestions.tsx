import Link from 'next/link'

import { AskForWishes, SuggestionList } from '@/components/matching/Suggestions'
import { getPayloadClient } from '@/lib/payload'
import { suggestMentorsFor } from '@/matching/suggest'
import type { ProgramView } from '@/queries/programs'

import type { User } from '../../../../../payload-types'

/**
 * For a mentee of the programme: its mentors best suited to what they look for, or, where staff
 * match centrally, what happens instead.
 */
export async function ProgramSuggestions({ program, viewer }: { program: ProgramView; viewer: User }) {
  if (program.matching === 'staff') {
    return (
      <section className="flex flex-col gap-3" aria-labelledby="suggested">
        <h2 className="m-0" id="suggested">
          Your mentor
        </h2>
        <p className="m-0" data-testid="staff-matching-note">
          This programme’s staff match each mentee with a mentor. They use what you told us you are looking for, except your shared-experience wishes, which
          they never see, and will introduce you by email. <Link href="/account/looking-for">Say what you’re looking for</Link>.
        </p>
      </section>
    )
  }
  const result = await suggestMentorsFor(await getPayloadClient(), viewer, { program: program.id, limit: 3 })
  return (
    <section className="flex flex-col gap-3" aria-labelledby="suggested">
      <h2 className="m-0" id="suggested">
        Suggested for you in this programme
      </h2>
      {result.state === 'no-wishes' ? (
        <AskForWishes compact />
      ) : result.suggestions.length === 0 ? (
        <p className="m-0" data-testid="empty-state">
          None of the programme’s mentors with a place left fits what you are looking for just now (mentors you have already asked are not suggested again).{' '}
          <Link href="/account/looking-for">Change what you’re looking for</Link>, or see all the mentors below.
        </p>
      ) : (
        <>
          <SuggestionList suggestions={result.suggestions} label={`Suggested mentors in ${program.name}`} headingLevel="h3" />
          <p className="m-0">
            <Link href={`/mentors?for=me&program=${program.slug}`}>All your suggestions in this programme</Link>
          </p>
        </>
      )}
    </section>
  )
}
