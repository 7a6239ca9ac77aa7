import type { Metadata } from 'next'

import Link from 'next/link'

import { confirmNewEmail } from '../actions'

export const metadata: Metadata = { title: 'Confirm your new email address', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string; done?: string; failed?: string }> }

const failures: Record<string, string> = {
  used: 'This link has already been used, or a newer request replaced it. Your account keeps the address it has.',
  expired: 'This link has expired: links work for 24 hours. Ask again from your account.',
  taken: 'Another account started using this address in the meantime, so it cannot be yours. Choose another one from your account.',
}

/** The link in the email to the new address lands here; one press confirms. */
export default async function ConfirmEmailChangePage({ searchParams }: Props) {
  const { token, done, failed } = await searchParams
  if (done) {
    return (
      <>
        <h1>Your new email address is confirmed</h1>
        <p className="form-message" role="status">
          From now on, sign in with your new address. Your password stays the same.
        </p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </>
    )
  }
  if (failed || typeof token !== 'string' || !token) {
    return (
      <>
        <h1>This link does not work</h1>
        <p className="notice" role="alert">
          {failures[String(failed)] ?? 'The link is incomplete. Copy the whole address from the email.'}
        </p>
        <p>
          <Link href="/account/email">Change your email address</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Confirm your new email address</h1>
      <p>Once you confirm, you sign in with this address instead of your current one.</p>
      <form action={confirmNewEmail} className="stacked-form">
        <input name="token" type="hidden" value={token} />
        <button type="submit">Confirm my new email address</button>
      </form>
    </>
  )
}
