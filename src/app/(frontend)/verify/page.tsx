import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

import { confirmEmail } from './actions'

export const metadata: Metadata = memberPageMetadata({
  title: 'Confirm your email address',
  description: 'Confirm the email address you joined with, to finish creating your account.',
  path: '/verify',
})

type Props = { searchParams: Promise<{ token?: string; failed?: string }> }

/** The link in the confirmation email lands here; one click confirms (mail scanners only read pages). */
export default async function VerifyPage({ searchParams }: Props) {
  const { token, failed } = await searchParams
  if (failed || !token) {
    return (
      <NarrowPage title="This link does not work">
        <Alert className="notice" role="alert" variant="destructive">
          <AlertDescription>
            <p>
              The confirmation link has already been used or is incomplete. Try <Link href="/signin">signing in</Link>: if your address is not confirmed yet,
              you can ask for a new link there.
            </p>
          </AlertDescription>
        </Alert>
      </NarrowPage>
    )
  }
  return (
    <NarrowPage lead="One more step: press the button to confirm that this address is yours. Then you can sign in." title="Confirm your email address">
      <form action={confirmEmail} className="flex flex-col gap-4">
        <input name="token" type="hidden" value={token} />
        <Button className="w-full" size="lg" type="submit">
          Confirm my email address
        </Button>
      </form>
      <p className="m-0 text-sm text-muted-foreground">
        We ask for a press rather than confirming when the link opens, because some email programs open links by themselves to check them for safety, and an
        address must only be confirmed by the person who owns it.
      </p>
    </NarrowPage>
  )
}
