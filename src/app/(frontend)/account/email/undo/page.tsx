import type { Metadata } from 'next'

import Link from 'next/link'

import { undoChange } from '../actions'

export const metadata: Metadata = { title: 'Undo an email address change', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string; done?: string; failed?: string }> }

const failures: Record<string, string> = {
  used: 'This change was already cancelled or undone, so there is nothing left to undo.',
  expired: 'This link has expired. If someone else has your account, reset your password and tell us through the contact form.',
  taken: 'Your old address now belongs to another account, so it cannot be put back here. Please tell us through the contact form.',
}

/** The link in the notice to the old address lands here: it cancels the change, or puts the old address back. */
export default async function UndoEmailChangePage({ searchParams }: Props) {
  const { token, done, failed } = await searchParams
  if (done) {
    return (
      <>
        <h1>{done === 'restored' ? 'Your email address is back' : 'The change is cancelled'}</h1>
        <p className="form-message" role="status">
          {done === 'restored'
            ? 'Your account uses your old address again. We signed out every session and emailed you a link to choose a new password: the old one no longer works.'
            : 'Your account keeps its address; the link sent to the new address no longer works.'}
        </p>
        <p>
          {done === 'restored' ? (
            <>
              No email? <Link href="/forgot-password">Ask for another reset link</Link>.
            </>
          ) : (
            <>
              Whoever asked for the change knew your password: <Link href="/forgot-password">choose a new one</Link>.
            </>
          )}
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
          <Link href="/forgot-password">Reset your password</Link> · <Link href="/contact">Contact us</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Undo the change of your email address</h1>
      <p>
        If you did not ask to change your address, undo it here. If the new address was already confirmed, your old address is put back, every session is signed
        out and you choose a new password from a link we email you.
      </p>
      <form action={undoChange} className="stacked-form">
        <input name="token" type="hidden" value={token} />
        <button type="submit">This was not me: undo the change</button>
      </form>
    </>
  )
}
