import type { Metadata } from 'next'

import Link from 'next/link'

import { FormMessage } from '@/components/forms/Field'
import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

import { confirmNewEmail } from '../actions'
import { memberPageMetadata } from '@/site/metadata'

export const metadata: Metadata = memberPageMetadata({
  title: 'Confirm your new email address',
  description: 'Confirm the new address for your account, so sign-in and emails use it.',
  path: '/account/email/confirm',
})

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
      <NarrowPage
        after={
          <p className="m-0">
            <Link href="/account">Go to your account</Link>
          </p>
        }
        title="Your new email address is confirmed"
      >
        <FormMessage message="From now on, sign in with your new address. Your password stays the same." />
      </NarrowPage>
    )
  }
  if (failed || typeof token !== 'string' || !token) {
    return (
      <NarrowPage
        after={
          <p className="m-0">
            <Link href="/account/email">Change your email address</Link>
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
    <NarrowPage lead="Once you confirm, you sign in with this address instead of your current one." title="Confirm your new email address">
      <form action={confirmNewEmail}>
        <input name="token" type="hidden" value={token} />
        <Button className="w-full" size="lg" type="submit">
          Confirm my new email address
        </Button>
      </form>
    </NarrowPage>
  )
}
