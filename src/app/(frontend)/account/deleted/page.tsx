import type { Metadata } from 'next'

import Link from 'next/link'
import { memberPageMetadata } from '@/site/metadata'

export const metadata: Metadata = memberPageMetadata({
  title: 'Account deleted',
  description: 'Your account is deleted, with everything it held.',
  path: '/account/deleted',
})

export default function AccountDeletedPage() {
  return (
    <>
      <h1>Your account is deleted</h1>
      <p className="lead">Your personal data has been removed. Thank you for taking part.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </>
  )
}
