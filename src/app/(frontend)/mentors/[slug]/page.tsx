import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { isSameId } from '@/access'
import { Avatar } from '@/components/Avatar'
import { describeMeetingRecord } from '@/components/meetings/BookingRecord'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/lib/dates'
import { languageName } from '@/lib/languages'
import { getPayloadClient } from '@/lib/payload'
import { meetingRecord } from '@/meetings/book'
import { whyCannotRequest } from '@/mentorship/requests'
import { programsInCommon } from '@/programs/requests'
import { describeResponseTime, responseStats, type ResponseStats } from '@/mentorship/stats'
import { availabilityOf, getMentorProfile } from '@/queries/mentors'
import { accountOfProfile, openRequestTo } from '@/queries/requests'

import type { User } from '../../../../../payload-types'
import { RequestForm } from './RequestForm'

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<{ program?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Read as the viewer: a profile hidden from them by a block has no title either.
  const profile = await getMentorProfile(await getPayloadClient(), (await params).slug, await getSignedInMember())
  if (!profile) return {}
  const role = profile.kind === 'mentor' ? 'Mentor' : 'Connector'
  return pageMetadata({
    title: `${profile.displayName}, ${role}`,
    description: profile.headline || `${profile.displayName} is a ${role} on the Pride Career Network.`,
    path: `/mentors/${profile.slug}`,
    kind: 'profile',
  })
}

export default async function MentorProfilePage({ params, searchParams }: Props) {
  const viewer = await getSignedInMember()
  // Arriving from the directory filtered to a programme, the form offers that programme first.
  const wanted = (await searchParams)?.program
  const preferredProgram = typeof wanted === 'string' ? wanted : undefined
  const profile = await getMentorProfile(await getPayloadClient(), (await params).slug, viewer)
  if (!profile) notFound()
  const { card } = profile
  const availability = availabilityOf(card)
  const own = viewer != null && isSameId(viewer.id, profile.user as number | undefined)
  const role = card.kind === 'mentor' ? 'Mentor' : 'Connector'
  const payload = await getPayloadClient()
  const account = await accountOfProfile(payload, profile.id)
  const stats = account != null ? await responseStats(payload, account) : ({ kind: 'new' } as const)
  const meetingsKept = account != null ? describeMeetingRecord(await meetingRecord(payload, account)) : null

  return (
    <article className="mentor-profile">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/mentors">Mentors and Connectors</Link>
      </nav>
      <header className="mentor-profile-header flex flex-col items-start gap-4 sm:flex-row sm:items-center">
        {/* The photo's own description: beside the name it is more than decoration. */}
        <Avatar name={card.displayName} src={card.photo?.medium} size="xl" alt={card.photo?.alt ?? ''} />
        <div className="min-w-0">
          <h1 className="mt-0 mb-1">
            {card.displayName}
            {card.pronouns && <span className="pronouns"> ({card.pronouns})</span>}
          </h1>
          <p className="meta m-0">
            {role}
            {card.organization && (
              <>
                {' at '}
                <Link href={`/organizations/${card.organization.slug}`}>{card.organization.name}</Link>
              </>
            )}
            {card.location ? ` · ${card.location}` : ''}
            {card.timeZone ? ` · ${card.timeZone.replace(/_/g, ' ')} time` : ''}
          </p>
        </div>
      </header>
      {own && (
        <p className="notice">
          This is your profile as you see it. <Link href="/account/profile">Edit your profile</Link> to change what it shows and to whom.
        </p>
      )}
      {card.headline && <p className="lead">{card.headline}</p>}
      {card.identities && <p data-testid="identities">In their words: {card.identities}</p>}
      {profile.bio && <RichText data={profile.bio} />}

      <dl className="facts">
        {card.industries.length > 0 && (
          <>
            <dt>Industries</dt>
            <dd>{card.industries.map((industry) => industry.name).join(', ')}</dd>
          </>
        )}
        {card.skills.length > 0 && (
          <>
            <dt>Can help with</dt>
            <dd>{card.skills.map((skill) => skill.name).join(', ')}</dd>
          </>
        )}
        {(card.languages?.length ?? 0) > 0 && (
          <>
            <dt>Languages</dt>
            <dd>{card.languages!.map(languageName).join(', ')}</dd>
          </>
        )}
        <dt>Answers requests</dt>
        <dd data-testid="response-record">
          <ResponseRecord stats={stats} />
        </dd>
        {meetingsKept && (
          <>
            <dt>Keeps meetings</dt>
            <dd data-testid="meeting-record">{meetingsKept}</dd>
          </>
        )}
        {card.lastActiveAt && (
          <>
            <dt>Last active</dt>
            <dd>{formatDate(card.lastActiveAt)}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="contact" className="contact-box">
        <h2 id="contact">Contact {card.displayName}</h2>
        {availability === 'paused' ? (
          <p>
            {card.displayName} has paused their involvement{card.pausedUntil ? ` until ${formatDate(card.pausedUntil)}` : ''} and is not taking requests.
          </p>
        ) : availability === 'full' ? (
          <p>{card.displayName} is full for now and is not taking new requests.</p>
        ) : own ? (
          <p>
            Students write to you here. Their requests arrive in <Link href="/account/requests">your requests</Link>.
          </p>
        ) : (
          <ContactOptions viewer={viewer} slug={profile.slug} mentorName={card.displayName} account={account} preferredProgram={preferredProgram} />
        )}
      </section>
      {!own && (
        <p className="meta">
          <Link href={`/report?kind=person&subject=${encodeURIComponent(`${card.displayName} (/mentors/${profile.slug})`)}`}>Report this profile</Link>
          {viewer && (
            <>
              {' · '}
              <Link href={`/account/block?profile=${encodeURIComponent(profile.slug)}`}>Block {card.displayName}</Link>
            </>
          )}
        </p>
      )}
    </article>
  )
}

function ResponseRecord({ stats }: { stats: ResponseStats }) {
  if (stats.kind === 'new') return <>New here: no record yet</>
  const percent = Math.round(stats.rate * 100)
  return (
    <>
      {percent}% of requests answered ({stats.answered} of {stats.received} in the last year)
      {stats.typicalHours != null ? `, usually ${describeResponseTime(stats.typicalHours)}` : ''}
    </>
  )
}

/** What a visitor can do to reach this mentor: sign in, fix what blocks them, follow their request, or write one. */
async function ContactOptions({
  viewer,
  slug,
  mentorName,
  account,
  preferredProgram,
}: {
  viewer: User | null
  slug: string
  mentorName: string
  account: number | string | null
  preferredProgram?: string
}) {
  if (!viewer) {
    return (
      <p>
        <Link href={`/signin?next=${encodeURIComponent(`/mentors/${slug}`)}`}>Sign in</Link> or <Link href="/signup">join as a Career Candidate</Link> to send{' '}
        {mentorName} a request. Neither of you will see the other’s email address.
      </p>
    )
  }
  const payload = await getPayloadClient()
  const blocked = await whyCannotRequest(payload, viewer)
  if (blocked) {
    return (
      <p>
        {blocked} {blocked.includes('policies') && <Link href="/account/policies">Review the policies</Link>}
      </p>
    )
  }
  const existing = account != null ? await openRequestTo(payload, viewer, account) : null
  if (existing != null) {
    return (
      <p>
        You already have a request with {mentorName}. <Link href={`/account/requests/${existing}`}>Open your request</Link>.
      </p>
    )
  }
  return (
    <>
      <p>Write to {mentorName} here. They get an email with your message and answer on the site; neither of you sees the other’s email address.</p>
      <RequestForm
        profileSlug={slug}
        mentorName={mentorName}
        programs={account != null ? await programsInCommon(payload, viewer.id, account) : []}
        preferredProgram={preferredProgram}
      />
    </>
  )
}
