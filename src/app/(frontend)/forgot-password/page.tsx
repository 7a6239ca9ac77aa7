import type { Metadata } from 'next'

import Link from 'next/link'

import { pageMetadata } from '@/site/metadata'
import { NarrowPage } from '@/components/page/NarrowPage'

import { ForgotPasswordForm } from './PasswordForms'

export const metadata: Metadata = pageMetadata({
  title: 'Forgot your password?',
  description: 'Get a link by email to choose a new password.',
  path: '/forgot-password',
})

export default function ForgotPasswordPage() {
  return (
    <NarrowPage
      after={
        <p className="m-0">
          Remembered it? <Link href="/signin">Sign in</Link>.
        </p>
      }
      lead="Enter the email address you joined with and we will send you a link to choose a new password."
      title="Forgot your password?"
    >
      <ForgotPasswordForm />
    </NarrowPage>
  )
}
