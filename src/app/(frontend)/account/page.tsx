import type { Metadata } from 'next'
import type { Payload } from 'payload'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { isPaused, mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { staffOrganizationOf } from '@/access'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { meetingFrequencies, regions } from '@/matching/options'
import { readPreferences, type MatchPreferencesView } from '@/matching/preferences'
import { placeOfZone } from '@/meetings/zone'
import { helpTopicLabel } from '@/mentorship/topics'
import { languageName } from '@/lib/languages'
import { directoryProfileOf } from '@/organizations/affiliations'
import { roleLabels, type Role } from '@/lib/roles'
import { countWaitingRequests } from '@/queries/requests'

import { signOut } from '../signin/actions'
import { leaveListedOrganization, switchInvolvement } from './actions'
import { PauseForm } from './PauseForm'
import { ProfileForm } from './ProfileForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your account',
  description: 'Your profile, requests, résumé, email address, password and privacy choices.',
  path: '/account',
})

type Props = {
  searchParams: Promise<{
    passwordChanged?: string
    accepted?: string
    switched?: string
    paused?: string
    resumed?: string
    affiliated?: string
    invitationDeclined?: string
    leftOrganization?: string
    leftMentors?: string
  }>
}

export default async function AccountPage({ searchParams }: Props) {
  const member = await requireMember('/account')
  const { passwordChanged, accepted, switched, paused, resumed, affiliated, invitationDeclined, leftOrganization, leftMentors } = await searchParams
  const kind = mentorKindOf(member)
  const payload = await getPayloadClient()
  const profile = kind ? await directoryProfileOf(payload, member) : null
  const waiting = kind ? await countWaitingRequests(payload, member) : 0
  const listedWith = profile?.organization != null ? await organizationName(payload, profile.organization) : null
  const wishes = member.roles.includes('career-candidate') ? await readPreferences(payload, member.id) : null
  const staffOf = staffOrganizationOf(member) != null ? await organizationName(payload, staffOrganizationOf(member)!) : null
  const notice = affiliated
    ? `You are now listed with ${listedWith?.name ?? 'the organisation'}.`
    : invitationDeclined
      ? 'You declined the invitation. Nothing was shared.'
      : leftOrganization
        ? 'You are no longer listed with an organisation.'
        : leftMentors
          ? 'You have left the mentors group. Your directory profile is removed; your account stays.'
          : null

  return (
    <>
      <h1>Your account</h1>
      {notice && (
        <p className="form-message" role="status">
          {notice}
        </p>
      )}
      {(passwordChanged || accepted || switched || paused || resumed) && (
        <p className="form-message" role="status">
          {passwordChanged
            ? 'Your new password is saved and you are signed in.'
            : accepted
              ? 'Thank you: your acceptance is recorded.'
              : paused
                ? 'Your involvement is paused.'
                : resumed
                  ? 'Welcome back: your involvement is active again.'
                  : `You are now a ${roleLabels[switched as Role] ?? 'member'}.`}
        </p>
      )}
      <p className="lead">
        Signed in as {member.chosenName}
        {member.pronouns ? ` (${member.pronouns})` : ''}, {member.roles.map((role) => roleLabels[role as Role]).join(', ')}.
      </p>
      <p className="meta">Your email address, {member.email}, is never shown to other members.</p>

      {(kind || member.roles.includes('career-candidate')) && (
        <section aria-labelledby="requests">
          <h2 id="requests">Mentorship</h2>
          <p>
            <Link href="/account/requests">Your mentorship requests</Link>
            {waiting > 0 ? ` (${waiting} waiting for your answer)` : ''}
            {kind ? '' : '. Find someone to ask in the '}
            {kind ? '' : <Link href="/mentors">directory</Link>}
            {kind ? '' : '.'}
          </p>
        </section>
      )}

      {wishes && (
        <section aria-labelledby="looking-for">
          <h2 id="looking-for">What you’re looking for</h2>
          <p data-testid="looking-for-summary">{summaryOf(wishes) ?? 'Not set yet.'}</p>
          <p>
            <Link href="/account/looking-for">{wishes.saved ? 'Change what you’re looking for' : 'Say what you’re looking for'}</Link>: help topics, industries,
            languages, where you are and how often to meet, so that suggested mentors fit you.
          </p>
        </section>
      )}

      {(kind || member.roles.includes('career-candidate')) && (
        <section aria-labelledby="programmes">
          <h2 id="programmes">Programmes</h2>
          <p>
            <Link href="/account/programs">Your programmes</Link>: where each stands, agreements to accept, and leaving one.
          </p>
        </section>
      )}

      {member.roles.includes('career-candidate') && (
        <section aria-labelledby="resume">
          <h2 id="resume">Résumé</h2>
          <p>
            <Link href="/account/resume">Your résumé</Link>: upload one PDF and choose which companies may download it. You see every download.
          </p>
        </section>
      )}

      <section aria-labelledby="profile">
        <h2 id="profile">Profile</h2>
        <ProfileForm chosenName={member.chosenName} pronouns={member.pronouns ?? ''} />
      </section>

      {kind && (
        <section aria-labelledby="involvement">
          <h2 id="involvement">How you take part</h2>
          <p>
            {kind === 'mentor'
              ? 'As a Mentor you support a few students over several conversations. Connectors instead make one introduction or answer one question at a time.'
              : 'As a Connector you make one introduction or answer one question at a time. Mentors instead support a few students over several conversations.'}
          </p>
          <p data-testid="pause-state">
            {isPaused(member)
              ? `Your involvement is paused${member.pausedUntil ? ` until ${formatDate(member.pausedUntil)} (inclusive)` : ' until you resume it'}.`
              : 'Your involvement is active.'}
          </p>
          <p>
            <Link href="/account/profile">Edit your directory profile</Link>: headline, industries, what you help with, and who sees your pronouns and identity.
          </p>
          <PauseForm paused={isPaused(member)} />
          {listedWith ? (
            <form action={leaveListedOrganization} className="stacked-form">
              <p data-testid="listed-with">
                Your directory profile shows you with <Link href={`/organizations/${listedWith.slug}`}>{listedWith.name}</Link>.
              </p>
              <button className="secondary" type="submit">
                Stop being listed with {listedWith.name}
              </button>
            </form>
          ) : (
            <p>
              Work for a company or Career Center on the platform? Find it among the <Link href="/organizations">organisations</Link> and ask to be listed with
              it.
            </p>
          )}
          <form action={switchInvolvement}>
            <input name="to" type="hidden" value={kind === 'mentor' ? 'connector' : 'mentor'} />
            <button className="secondary" type="submit">
              {kind === 'mentor' ? 'Become a Connector instead' : 'Become a Mentor instead'}
            </button>
          </form>
          <p>
            <Link href="/account/leave">Leave the mentors group</Link> (your account stays, as a Career Candidate)
          </p>
        </section>
      )}

      {staffOf && (
        <section aria-labelledby="organisation">
          <h2 id="organisation">{staffOf.name}</h2>
          <ul className="link-list">
            <li>
              <a href={`/admin/collections/organizations/${staffOf.id}`}>Edit {staffOf.name}’s profile</a> in the staff area
            </li>
            <li>
              <Link href={`/organizations/${staffOf.slug}`}>See the public profile</Link>
            </li>
            {staffOf.kind === 'career-center' && (
              <li>
                <Link href="/account/index-assessment">Career Center Index self-assessment</Link>
              </li>
            )}
          </ul>
        </section>
      )}

      <section aria-labelledby="sign-in-and-safety">
        <h2 id="sign-in-and-safety">Sign-in and safety</h2>
        <ul className="link-list">
          <li>
            <Link href="/account/email">Change your email address</Link> (confirmed by a link to the new address)
          </li>
          <li>
            <Link href="/account/password">Change your password</Link>
          </li>
          <li>
            <Link href="/account/blocked">Blocked members</Link>: whom you blocked, and unblocking
          </li>
        </ul>
      </section>

      <section aria-labelledby="your-data">
        <h2 id="your-data">Your data</h2>
        <ul className="link-list">
          <li>
            <a download href="/account/export">
              Download my data
            </a>{' '}
            (one JSON file with everything we hold about you)
          </li>
          <li>
            <Link href="/account/delete">Delete my account</Link>
          </li>
        </ul>
      </section>

      <form action={signOut} className="stacked-form">
        <button className="secondary" type="submit">
          Sign out
        </button>
      </form>
    </>
  )
}

async function organizationName(payload: Payload, organization: number | string | { id: number | string }) {
  const id = typeof organization === 'object' ? organization.id : organization
  return payload
    .findByID({ collection: 'organizations', id, depth: 0, select: { name: true, slug: true, kind: true }, overrideAccess: false })
    .catch(() => null)
}

/** A line saying what the student looks for; their shared-experience wishes only counted, as they may read it over a shoulder. */
function summaryOf(wishes: MatchPreferencesView): string | null {
  const zone = wishes.timeZone ? `${placeOfZone(wishes.timeZone)} time` : regions.find((region) => region.value === wishes.region)?.label
  const parts = [
    wishes.helpTopics.map(helpTopicLabel).join(', '),
    wishes.industries.map((industry) => industry.name).join(', '),
    wishes.languages.map(languageName).join(', '),
    zone,
    meetingFrequencies.find(([value]) => value === wishes.meetingFrequency)?.[1],
    wishes.sharedExperience.length > 0
      ? `${wishes.sharedExperience.length} shared-experience ${wishes.sharedExperience.length === 1 ? 'wish' : 'wishes'} (only you see ${wishes.sharedExperience.length === 1 ? 'it' : 'them'})`
      : null,
  ].filter(Boolean)
  return parts.length > 0 ? `${parts.join(' · ')}.` : null
}
