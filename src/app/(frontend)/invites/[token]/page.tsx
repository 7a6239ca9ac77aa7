import type { Metadata } from 'next'

import Link from 'next/link'

import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { findInvitation } from '@/organizations/affiliations'

import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

import { InvitationForm } from './InvitationForm'

// No canonical address: this one holds the invitation's secret, and is never indexed.
export const metadata: Metadata = {
  title: 'Your invitation',
  description: 'An invitation to join your organisation’s staff on the platform.',
  robots: { index: false },
  referrer: 'no-referrer',
}

type Props = { params: Promise<{ token: string }> }

export default async function InvitationPage({ params }: Props) {
  const { token } = await params
  const invitation = await findInvitation(await getPayloadClient(), token)

  if (invitation.state !== 'open') {
    return (
      <NarrowPage title="Invitation">
        <Alert className="notice" variant="warning">
          <AlertDescription>
            {invitation.state === 'missing'
              ? 'This invitation link is not valid. Check that the whole link was copied, or ask the organisation to send a new one.'
              : invitation.state === 'expired'
                ? `This invitation has expired. Ask ${invitation.organizationName} to send a new one.`
                : `This invitation from ${invitation.organizationName} was already answered or withdrawn.`}
          </AlertDescription>
        </Alert>
      </NarrowPage>
    )
  }

  const role = invitation.kind === 'mentor' ? 'Mentor' : 'Connector'
  const member = await getSignedInMember()
  const here = `/invites/${token}`
  return (
    <NarrowPage
      lead={
        <>
          Join as a {role} and be listed with <Link href={`/organizations/${invitation.organization.slug}`}>{invitation.organization.name}</Link> in the
          directory students use to find LGBTQ+ mentors.
        </>
      }
      title={`${invitation.organization.name} invites you`}
    >
      {invitation.message && (
        <blockquote className="pre-line m-0 rounded-lg border-s-4 border-primary bg-muted px-4 py-3 text-foreground">{invitation.message}</blockquote>
      )}
      {!member ? (
        <>
          <p className="m-0">Sign in with the address the invitation was sent to, or create an account with it first.</p>
          <div className="flex flex-col gap-3">
            <Button asChild className="w-full">
              <Link href={`/signin?next=${encodeURIComponent(here)}`}>Sign in to answer</Link>
            </Button>
            <p className="m-0 text-sm text-muted-foreground">
              <Link href={`/signup?role=${invitation.kind}`}>Join as a {role}</Link>, confirm your email, then open this invitation link again.
            </p>
          </div>
        </>
      ) : member.email.toLowerCase() !== invitation.email ? (
        <Alert className="notice" variant="warning">
          <AlertDescription>
            You are signed in as {member.chosenName}, but this invitation was sent to a different email address. Sign out and sign in with the address it was
            sent to.
          </AlertDescription>
        </Alert>
      ) : (
        <>
          <p className="m-0">
            Accepting shows your chosen name, {member.chosenName}, as{' '}
            {mentorKindOf(member) ? `a ${mentorKindOf(member) === 'mentor' ? 'Mentor' : 'Connector'}` : `a ${role}`} of {invitation.organization.name} on its
            public page. Your email address is never shown.
          </p>
          <InvitationForm token={token} />
        </>
      )}
    </NarrowPage>
  )
}
