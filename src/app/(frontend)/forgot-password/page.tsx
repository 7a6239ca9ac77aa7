import type { Metadata } from 'next'

import { ForgotPasswordForm } from './PasswordForms'

export const metadata: Metadata = { title: 'Forgot your password?' }

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Forgot your password?</h1>
      <p className="lead">Enter the email address you joined with and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </>
  )
}
