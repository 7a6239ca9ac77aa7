import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { isSameId } from '@/access'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/lib/dates'
import { languageName } from '@/lib/languages'
import { getPayloadClient } from '@/lib/payload'
import { availabilityOf, getMentorProfile } from '@/queries/mentors'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getMentorProfile(await getPayloadClient(), (await params).slug, null)
  return profile ? { title: `${profile.displayName}, ${profile.kind === 'mentor' ? 'Mentor' : 'Connector'}`, description: profile.headline ?? undefined } : {}
}

export default async function MentorProfilePage({ params }: Props) {
  const viewer = await getSignedInMember()
  const profile = await getMentorProfile(await getPayloadClient(), (await params).slug, viewer)
  if (!profile) notFound()
  const { card } = profile
  const availability = availabilityOf(card)
  const own = viewer != null && isSameId(viewer.id, profile.user as number | undefined)
  const role = card.kind === 'mentor' ? 'Mentor' : 'Connector'

  return (
    <article className="mentor-profile">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/mentors">Mentors and Connectors</Link>
      </nav>
      <h1>
        {card.displayName}
        {card.pronouns && <span className="pronouns"> ({card.pronouns})</span>}
      </h1>
      <p className="meta">
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
            {card.displayName} has paused their involvement{card.pausedUntil ? ` until ${formatDate(card.pausedUntil)}` : ''} and is not taking
            requests.
          </p>
        ) : availability === 'full' ? (
          <p>{card.displayName} is full for now and is not taking new requests.</p>
        ) : (
          <p>
            Requests through the platform are coming soon: you will write to {card.displayName} here, and neither of you will see the
            other’s email address.
          </p>
        )}
      </section>
    </article>
  )
}
