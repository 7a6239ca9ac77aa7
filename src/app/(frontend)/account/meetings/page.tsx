import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { FormMessage } from '@/components/forms/Field'
import { MeetingCard } from '@/components/meetings/MeetingCard'
import { Pagination } from '@/components/Pagination'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { cn } from '@/lib/cn'
import { getPayloadClient } from '@/lib/payload'
import { meetingsOf } from '@/meetings/book'
import { feedTokenOf, feedURL } from '@/meetings/feed'

import { CalendarFeed } from './CalendarFeed'
import { meetingPeople } from './people'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your meetings',
  description: 'Meetings booked in your mentorships: coming up and past, and your private calendar feed.',
  path: '/account/meetings',
})

type Props = { searchParams: Promise<{ when?: string; with?: string; page?: string; done?: string; feed?: string }> }

const doneMessages: Record<string, string> = {
  accepted: 'You accepted the time. You both have a calendar invitation by email.',
  declined: 'You declined the proposed time. They have been told.',
  cancelled: 'The meeting is cancelled. The other person has been told by email.',
  marked: 'Thank you: what you said about the meeting is saved.',
}

export default async function MeetingsPage({ searchParams }: Props) {
  const member = await requireMember('/account/meetings')
  const payload = await getPayloadClient()
  const params = await searchParams
  const when = params.when === 'past' ? 'past' : 'upcoming'
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1)
  const [people, result, token] = await Promise.all([
    meetingPeople(payload, member),
    meetingsOf(payload, member, { when, withMember: params.with || null, page, limit: 10 }),
    feedTokenOf(payload, member),
  ])
  const withPerson = people.find(([id]) => id === params.with)
  const href = (changes: { when?: string; page?: number }) => {
    const query = new URLSearchParams()
    const target = changes.when ?? when
    if (target === 'past') query.set('when', 'past')
    if (withPerson) query.set('with', withPerson[0])
    if (changes.page && changes.page > 1) query.set('page', String(changes.page))
    const text = query.toString()
    return text ? `/account/meetings?${text}` : '/account/meetings'
  }
  const returnTo = href({ page })
  const hosts = mentorKindOf(member) != null
  const now = new Date()

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Your meetings</h1>
      <p className="lead">Meetings booked in your mentorships, each on your own clock with the other person’s beside it.</p>
      <FormMessage message={params.done ? doneMessages[params.done] : undefined} />

      <div className="mt-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label="Meetings" className="inline-flex rounded-lg bg-muted p-1 text-sm">
          {(['upcoming', 'past'] as const).map((each) => (
            <Link
              key={each}
              href={href({ when: each })}
              aria-current={when === each ? 'page' : undefined}
              className={cn(
                'rounded-md px-3 py-1.5 font-medium no-underline',
                when === each ? 'bg-background text-foreground shadow-xs' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {each === 'upcoming' ? 'Upcoming' : 'Past and cancelled'}
            </Link>
          ))}
        </nav>
        {people.length > 1 && (
          <form action="/account/meetings" method="get" role="search" aria-label="Meetings with one person" className="flex flex-wrap items-end gap-2">
            {when === 'past' && <input type="hidden" name="when" value="past" />}
            <div className="flex min-w-0 flex-col gap-1.5">
              <Label htmlFor="with">With</Label>
              <Select id="with" name="with" defaultValue={withPerson?.[0] ?? ''} className="w-auto min-w-48">
                <option value="">Everyone</option>
                {people.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant="outline">
              Show
            </Button>
          </form>
        )}
      </div>

      <section aria-labelledby="meetings-heading" className="mt-6">
        <h2 id="meetings-heading" className="mt-0 text-xl">
          {when === 'upcoming' ? 'Coming up' : 'Past and cancelled'}
          {withPerson ? ` with ${withPerson[1]}` : ''}
          <span className="ms-2 text-base font-normal text-muted-foreground">({result.totalDocs})</span>
        </h2>
        {result.docs.length === 0 ? (
          <EmptyState when={when} hosts={hosts} filtered={Boolean(withPerson)} pastHref={href({ when: 'past' })} />
        ) : (
          <>
            <ul className="m-0 flex list-none flex-col gap-3 p-0">
              {result.docs.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} returnTo={returnTo} now={now} />
                </li>
              ))}
            </ul>
            <Pagination page={page} totalPages={result.totalPages} href={(target) => href({ page: target })} />
          </>
        )}
      </section>

      <CalendarFeed url={token ? feedURL(token) : null} changed={params.feed} />
    </>
  )
}

function EmptyState({ when, hosts, filtered, pastHref }: { when: 'upcoming' | 'past'; hosts: boolean; filtered: boolean; pastHref: string }) {
  if (filtered) return <p className="notice">No {when === 'upcoming' ? 'meetings coming up' : 'past meetings'} with this person.</p>
  if (when === 'past') return <p className="notice">No past or cancelled meetings yet.</p>
  return (
    <div className="notice flex flex-col gap-2" data-testid="empty-state">
      <p className="m-0">Nothing booked yet.</p>
      <p className="m-0">
        {hosts ? (
          <>
            Students in an accepted mentorship book a time from your booking hours, or you propose one from the request’s page.{' '}
            <Link href="/account/profile/availability">Set your booking hours</Link> ·{' '}
          </>
        ) : (
          <>Once a Mentor or Connector accepts your request, open the request and book one of their free times. </>
        )}
        <Link href="/account/requests">Go to your requests</Link> · <Link href={pastHref}>See past meetings</Link>
      </p>
    </div>
  )
}
