import type { Metadata } from 'next'

import Link from 'next/link'

import { confirmEmail } from './actions'

export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string; failed?: string }> }

/** The link in the confirmation email lands here; one click confirms (mail scanners only read pages). */
export default async function VerifyPage({ searchParams }: Props) {
  const { token, failed } = await searchParams
  if (failed || !token) {
    return (
      <>
        <h1>This link does not work</h1>
        <p className="notice" role="alert">
          The confirmation link has already been used or is incomplete. Try <Link href="/signin">signing in</Link>: if your address is not confirmed yet, you
          can ask for a new link there.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Confirm your email address</h1>
      <p className="lead">One more step: press the button to confirm that this address is yours. Then you can sign in.</p>
      <p>
        We ask for a press rather than confirming when the link opens, because some email programs open links by themselves to check them for safety, and an
        address must only be confirmed by the person who owns it.
      </p>
      <form action={confirmEmail} className="stacked-form">
        <input name="token" type="hidden" value={token} />
        <button type="submit">Confirm my email address</button>
      </form>
    </>
  )
}
