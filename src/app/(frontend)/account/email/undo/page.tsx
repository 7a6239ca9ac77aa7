import type { Metadata } from 'next'

import Link from 'next/link'

import { undoChange } from '../actions'
import { memberPageMetadata } from '@/site/metadata'
import { FormMessage } from '@/components/forms/Field'
import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

export const metadata: Metadata = memberPageMetadata({
  title: 'Undo an email address change',
  description: 'Put your account back on the email address it had before a change.',
  path: '/account/email/undo',
})

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
      <NarrowPage
        after={
          <p className="m-0">
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
        }
        title={done === 'restored' ? 'Your email address is back' : 'The change is cancelled'}
      >
        <FormMessage
          message={
            done === 'restored'
              ? 'Your account uses your old address again. We signed out every session and emailed you a link to choose a new password: the old one no longer works.'
              : 'Your account keeps its address; the link sent to the new address no longer works.'
          }
        />
      </NarrowPage>
    )
  }
  if (failed || typeof token !== 'string' || !token) {
    return (
      <NarrowPage
        after={
          <p className="m-0 flex gap-4">
            <Link href="/forgot-password">Reset your password</Link>
            <Link href="/contact">Contact us</Link>
          </p>
        }
        title="This link does not work"
      >
        <Alert className="notice" role="alert" variant="destructive">
          <AlertDescription>{failures[String(failed)] ?? 'The link is incomplete. Copy the whole address from the email.'}</AlertDescription>
        </Alert>
      </NarrowPage>
    )
  }
  return (
    <NarrowPage
      lead="If you did not ask to change your address, undo it here. If the new address was already confirmed, your old address is put back, every session is signed out and you choose a new password from a link we email you."
      title="Undo the change of your email address"
    >
      <form action={undoChange}>
        <input name="token" type="hidden" value={token} />
        <Button className="h-auto min-h-11 w-full whitespace-normal" size="lg" type="submit">
          This was not me: undo the change
        </Button>
      </form>
    </NarrowPage>
  )
}
