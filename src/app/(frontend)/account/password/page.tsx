import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { minimumPasswordLength } from '@/accounts/signup'

import { PasswordChangeForm } from './PasswordChangeForm'

export const metadata: Metadata = { title: 'Change your password', robots: { index: false } }

export default async function PasswordChangePage() {
  if (!(await getSignedInMember())) redirect('/signin?next=/account/password')
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Change your password</h1>
      <p className="lead">
        Type your current password, then the new one. Other devices signed in to your account are signed out, and we email you to say the password changed.
      </p>
      <PasswordChangeForm minimumLength={minimumPasswordLength} />
      <p>
        Forgotten your current password? <Link href="/forgot-password">Get a reset link by email</Link>.
      </p>
    </>
  )
}
