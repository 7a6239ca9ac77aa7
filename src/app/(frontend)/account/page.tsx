import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { outstandingPolicies } from '@/accounts/acceptance'
import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { roleLabels, type Role } from '@/lib/roles'

import { signOut } from '../signin/actions'
import { ProfileForm } from './ProfileForm'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

type Props = { searchParams: Promise<{ passwordChanged?: string; accepted?: string }> }

export default async function AccountPage({ searchParams }: Props) {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account')
  if ((await outstandingPolicies(await getPayloadClient(), member)).length > 0) redirect('/account/policies')
  const { passwordChanged, accepted } = await searchParams

  return (
    <>
      <h1>Your account</h1>
      {(passwordChanged || accepted) && (
        <p className="form-message" role="status">
          {passwordChanged ? 'Your new password is saved and you are signed in.' : 'Thank you: your acceptance is recorded.'}
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
