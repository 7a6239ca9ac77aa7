import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { minimumPasswordLength } from '@/accounts/signup'

import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'

import { NewPasswordForm } from '../forgot-password/PasswordForms'

export const metadata: Metadata = memberPageMetadata({
  title: 'Choose a new password',
  description: 'Choose a new password with the link we emailed you.',
  path: '/reset-password',
})

type Props = { searchParams: Promise<{ token?: string }> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <NarrowPage
      after={
        <p className="m-0">
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      }
      title="Choose a new password"
    >
      {token ? (
        <NewPasswordForm minimumLength={minimumPasswordLength} token={token} />
      ) : (
        <Alert className="notice" role="alert" variant="destructive">
          <AlertDescription>
            <p>
              This link is incomplete. <Link href="/forgot-password">Ask for a new reset link.</Link>
            </p>
          </AlertDescription>
        </Alert>
      )}
    </NarrowPage>
  )
}
