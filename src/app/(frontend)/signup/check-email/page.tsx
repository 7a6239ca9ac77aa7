import type { Metadata } from 'next'

import Link from 'next/link'

export const metadata: Metadata = { title: 'Check your email' }

type Props = { searchParams: Promise<{ sent?: string }> }

export default async function CheckEmailPage({ searchParams }: Props) {
  const { sent } = await searchParams
  return (
    <>
      <h1>Check your email</h1>
      {sent === '0' ? (
        <p className="notice">
          Your account is saved, but we could not send the confirmation email just now. Please try again in a few minutes from the{' '}
          <Link href="/signin">sign-in page</Link>, which can send a new link.
        </p>
      ) : (
        <p className="lead">We have sent you a link to confirm your email address. Follow it, then sign in.</p>
      )}
      <p>
        Nothing arrived? Check your spam folder, or ask for a new link on the <Link href="/signin">sign-in page</Link>.
      </p>
    </>
  )
}
