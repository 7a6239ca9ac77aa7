import type { Metadata } from 'next'

import Link from 'next/link'

import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { findInvitation } from '@/organizations/affiliations'

import { InvitationForm } from './InvitationForm'

export const metadata: Metadata = { title: 'Your invitation', robots: { index: false }, referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

export default async function InvitationPage({ params }: Props) {
  const { token } = await params
  const invitation = await findInvitation(await getPayloadClient(), token)

  if (invitation.state !== 'open') {
    return (
      <>
        <h1>Invitation</h1>
        <p className="notice">
          {invitation.state === 'missing'
            ? 'This invitation link is not valid. Check that the whole link was copied, or ask the organisation to send a new one.'
            : invitation.state === 'expired'
              ? `This invitation has expired. Ask ${invitation.organizationName} to send a new one.`
              : `This invitation from ${invitation.organizationName} was already answered or withdrawn.`}
        </p>
      </>
    )
  }

  const role = invitation.kind === 'mentor' ? 'Mentor' : 'Connector'
  const member = await getSignedInMember()
  const here = `/invites/${token}`
  return (
    <>
      <h1>{invitation.organization.name} invites you</h1>
      <p className="lead">
        Join as a {role} and be listed with <Link href={`/organizations/${invitation.organization.slug}`}>{invitation.organization.name}</Link> in the directory
        students use to find LGBTQ+ mentors.
      </p>
      {invitation.message && <blockquote className="pre-line">{invitation.message}</blockquote>}
      {!member ? (
        <>
          <p>Sign in with the address the invitation was sent to, or create an account with it first.</p>
          <ul className="link-list">
            <li>
              <Link href={`/signin?next=${encodeURIComponent(here)}`}>Sign in to answer</Link>
            </li>
            <li>
              <Link href={`/signup?role=${invitation.kind}`}>Join as a {role}</Link>, confirm your email, then open this invitation link again.
            </li>
          </ul>
        </>
      ) : member.email.toLowerCase() !== invitation.email ? (
        <p className="notice">
          You are signed in as {member.chosenName}, but this invitation was sent to a different email address. Sign out and sign in with the address it was sent
          to.
        </p>
      ) : (
        <>
          <p>
            Accepting shows your chosen name, {member.chosenName}, as{' '}
            {mentorKindOf(member) ? `a ${mentorKindOf(member) === 'mentor' ? 'Mentor' : 'Connector'}` : `a ${role}`} of {invitation.organization.name} on its
            public page. Your email address is never shown.
          </p>
          <InvitationForm token={token} />
        </>
      )}
    </>
  )
}
