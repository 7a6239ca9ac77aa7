import type { Metadata } from 'next'

import Link from 'next/link'

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } }

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
