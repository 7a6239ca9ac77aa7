import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { pendingEmailChangeOf } from '@/accounts/email-change'
import { getSignedInMember } from '@/accounts/session'
import { formatDate, formatTime } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { FormMessage } from '@/components/forms/Field'
import { PageHeader } from '@/components/page/PageHeader'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

import { EmailChangeForm } from './EmailChangeForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Change your email address',
  description: 'Move your account to another email address; the old one can undo it.',
  path: '/account/email',
})

type Props = { searchParams: Promise<{ sent?: string }> }

export default async function EmailChangePage({ searchParams }: Props) {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/email')
  const { sent } = await searchParams
  const pending = await pendingEmailChangeOf(await getPayloadClient(), member)

  return (
    <div className="mx-auto w-full max-w-2xl">
      <PageHeader
        back={{ href: '/account', label: 'Your account' }}
        lead={
          <>
            You sign in with <strong data-testid="current-email">{member.email}</strong>. It is never shown to other members.
          </>
        }
        title="Change your email address"
      >
        {sent && <FormMessage message="Check the new inbox: we sent a link to confirm the address. We also told your current address." />}
        {pending && (
          <Alert className="notice" data-testid="pending-email" variant="info">
            <AlertDescription>
              Waiting for confirmation: {pending.newEmail}. Follow the link we sent there before {formatDate(pending.expiresAt)} {formatTime(pending.expiresAt)}{' '}
              (UTC). Until then you keep signing in with {member.email}. Asking again replaces this request.
            </AlertDescription>
          </Alert>
        )}
      </PageHeader>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Use another address</CardTitle>
          <CardDescription>
            We send a link to the new address; the change happens when you follow it. Your current address gets a notice with a link to undo the change, in case
            it was not you.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EmailChangeForm />
        </CardContent>
      </Card>
    </div>
  )
}
