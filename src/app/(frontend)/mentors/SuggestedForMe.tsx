import Link from 'next/link'

import { hasRole } from '@/access'
import { FormMessage } from '@/components/forms/Field'
import { AskForWishes, SuggestionList } from '@/components/matching/Suggestions'
import { Button } from '@/components/ui/button'
import { getPayloadClient } from '@/lib/payload'
import { suggestMentorsFor } from '@/matching/suggest'
import { directoryProgram } from '@/queries/mentors'

import type { User } from '../../../../payload-types'

/**
 * /mentors?for=me: the Mentors and Connectors suggested for the signed-in Career Candidate from
 * what they said they look for, best first, each with its reasons; `program=<slug>` keeps to a
 * programme's mentors. Everyone else is told what the page is and how to get there.
 */
export async function SuggestedForMe({ viewer, programSlug, saved = false }: { viewer: User | null; programSlug?: string; saved?: boolean }) {
  const signIn = `/signin?next=${encodeURIComponent(`/mentors?for=me${programSlug ? `&program=${programSlug}` : ''}`)}`
  if (!viewer) {
    return (
      <Notice title="Suggestions are for signed-in students">
        <p className="m-0">Sign in as a Career Candidate and tell us what you are looking for: we will suggest the Mentors and Connectors who fit best.</p>
        <Button asChild size="sm">
          <Link href={signIn}>Sign in</Link>
        </Button>
      </Notice>
    )
  }
  if (!hasRole(viewer, 'career-candidate')) {
    return (
      <Notice title="Suggestions are for Career Candidates">
        <p className="m-0">
          Students see Mentors and Connectors suggested from what they are looking for. <Link href="/mentors">Search the whole directory</Link> instead.
        </p>
      </Notice>
    )
  }
  const payload = await getPayloadClient()
  const program = programSlug ? await directoryProgram(payload, programSlug, viewer) : null
  if (programSlug && !program) {
    return (
      <Notice title="Programme not found">
        <p className="m-0">
          There is no programme by this name open to visitors. <Link href="/mentors?for=me">See suggestions from the whole directory</Link>.
        </p>
      </Notice>
    )
  }
  const result = await suggestMentorsFor(payload, viewer, { program: program?.id, limit: 12 })
  return (
    <section aria-labelledby="suggested-heading" data-testid="suggested-for-me">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="suggested-heading" className="m-0 text-xl font-semibold">
          {program ? `Suggested for you in ${program.name}` : 'Suggested for you'}
        </h2>
        <p className="m-0 text-sm">
          <Link href="/account/looking-for">Change what you’re looking for</Link>
          {' · '}
          <Link href={program ? `/mentors?program=${program.slug}` : '/mentors'}>Search instead</Link>
        </p>
      </div>
      {saved && result.state === 'ready' && (
        <div className="mb-4">
          <FormMessage message="Saved. Your suggestions now follow what you are looking for." />
        </div>
      )}
      {result.state === 'no-wishes' ? (
        <AskForWishes />
      ) : result.suggestions.length === 0 ? (
        <div className="notice" data-testid="empty-state">
          <p>Nobody open to new students fits what you are looking for just now. Mentors you have already asked are not suggested again.</p>
          <ul>
            <li>
              <Link href="/account/looking-for">Choose more topics, industries or languages</Link>
            </li>
            <li>
              <Link href="/mentors">Search the whole directory</Link>, which also lists people who are paused or full.
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p className="mt-0 mb-3 text-sm text-muted-foreground" role="status">
            {result.suggestions.length === 1 ? '1 suggestion' : `${result.suggestions.length} suggestions`}, best first, from what you told us. They never see
            what you told us.
          </p>
          <SuggestionList suggestions={result.suggestions} label="Suggested Mentors and Connectors" />
        </>
      )}
    </section>
  )
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby="suggested-heading"
      className="flex flex-col items-start gap-3 rounded-lg border border-border bg-card p-4"
      data-testid="suggested-for-me"
    >
      <h2 id="suggested-heading" className="m-0 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}
