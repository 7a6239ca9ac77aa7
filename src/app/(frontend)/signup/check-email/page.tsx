import type { Metadata } from 'next'

import { MailCheck, TriangleAlert } from 'lucide-react'
import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'

export const metadata: Metadata = memberPageMetadata({
  title: 'Check your email',
  description: 'We emailed you a link to confirm your address and finish joining.',
  path: '/signup/check-email',
})

type Props = { searchParams: Promise<{ sent?: string }> }

export default async function CheckEmailPage({ searchParams }: Props) {
  const { sent } = await searchParams
  return (
    <NarrowPage title="Check your email">
      {sent === '0' ? (
        <Alert className="notice" variant="warning">
          <TriangleAlert aria-hidden />
          <AlertDescription>
            <p>
              Your account is saved, but we could not send the confirmation email just now. Please try again in a few minutes from the{' '}
              <Link href="/signin">sign-in page</Link>, which can send a new link.
            </p>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="flex items-start gap-3">
          <MailCheck aria-hidden className="mt-1 size-6 shrink-0 text-primary" />
          <p className="lead m-0 text-lg">We have sent you a link to confirm your email address. Follow it, then sign in.</p>
        </div>
      )}
      <p className="m-0 text-sm text-muted-foreground">
        Nothing arrived? Check your spam folder, or ask for a new link on the <Link href="/signin">sign-in page</Link>.
      </p>
    </NarrowPage>
  )
}
