import type { Metadata } from 'next'

import Link from 'next/link'

import { minimumPasswordLength } from '@/accounts/signup'

import { NewPasswordForm } from '../forgot-password/PasswordForms'

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string }> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <>
      <h1>Choose a new password</h1>
      {token ? (
        <NewPasswordForm minimumLength={minimumPasswordLength} token={token} />
      ) : (
        <p className="notice" role="alert">
          This link is incomplete. <Link href="/forgot-password">Ask for a new reset link.</Link>
        </p>
      )}
      <p>
        <Link href="/forgot-password">Ask for a new reset link</Link>
      </p>
    </>
  )
}
