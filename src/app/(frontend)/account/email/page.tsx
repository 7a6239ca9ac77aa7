import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { pendingEmailChangeOf } from '@/accounts/email-change'
import { getSignedInMember } from '@/accounts/session'
import { formatDate, formatTime } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { EmailChangeForm } from './EmailChangeForm'

export const metadata: Metadata = { title: 'Change your email address', robots: { index: false } }

type Props = { searchParams: Promise<{ sent?: string }> }

export default async function EmailChangePage({ searchParams }: Props) {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/email')
  const { sent } = await searchParams
  const pending = await pendingEmailChangeOf(await getPayloadClient(), member)

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Change your email address</h1>
      {sent && (
        <p className="form-message" role="status">
          Check the new inbox: we sent a link to confirm the address. We also told your current address.
        </p>
      )}
      <p className="lead">
        You sign in with <strong data-testid="current-email">{member.email}</strong>. It is never shown to other members.
      </p>
      {pending && (
        <p className="notice" data-testid="pending-email">
          Waiting for confirmation: {pending.newEmail}. Follow the link we sent there before {formatDate(pending.expiresAt)} {formatTime(pending.expiresAt)}{' '}
          (UTC). Until then you keep signing in with {member.email}. Asking again replaces this request.
        </p>
      )}
      <h2>Use another address</h2>
      <p>
        We send a link to the new address; the change happens when you follow it. Your current address gets a notice with a link to undo the change, in case it
        was not you.
      </p>
      <EmailChangeForm />
    </>
  )
}
