import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { minimumPasswordLength } from '@/accounts/signup'

import { NarrowPage } from '@/components/page/NarrowPage'

import { PasswordChangeForm } from './PasswordChangeForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Change your password',
  description: 'Choose a new password for your account.',
  path: '/account/password',
})

export default async function PasswordChangePage() {
  if (!(await getSignedInMember())) redirect('/signin?next=/account/password')
  return (
    <NarrowPage
      after={
        <p className="m-0">
          Forgotten your current password? <Link href="/forgot-password">Get a reset link by email</Link>.
        </p>
      }
      back={{ href: '/account', label: 'Your account' }}
      lead="Type your current password, then the new one. Other devices signed in to your account are signed out, and we email you to say the password changed."
      title="Change your password"
    >
      <PasswordChangeForm minimumLength={minimumPasswordLength} />
    </NarrowPage>
  )
}
