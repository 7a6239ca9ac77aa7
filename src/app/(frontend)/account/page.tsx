import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { outstandingPolicies } from '@/accounts/acceptance'
import { isPaused, mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { roleLabels, type Role } from '@/lib/roles'

import { signOut } from '../signin/actions'
import { switchInvolvement } from './actions'
import { PauseForm } from './PauseForm'
import { ProfileForm } from './ProfileForm'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

type Props = {
  searchParams: Promise<{ passwordChanged?: string; accepted?: string; switched?: string; paused?: string; resumed?: string }>
}

export default async function AccountPage({ searchParams }: Props) {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account')
  if ((await outstandingPolicies(await getPayloadClient(), member)).length > 0) redirect('/account/policies')
  const { passwordChanged, accepted, switched, paused, resumed } = await searchParams
  const kind = mentorKindOf(member)

  return (
    <>
      <h1>Your account</h1>
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
          <PauseForm paused={isPaused(member)} />
          <form action={switchInvolvement}>
            <input name="to" type="hidden" value={kind === 'mentor' ? 'connector' : 'mentor'} />
            <button className="secondary" type="submit">
              {kind === 'mentor' ? 'Become a Connector instead' : 'Become a Mentor instead'}
            </button>
          </form>
        </section>
      )}

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
