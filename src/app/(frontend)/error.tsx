'use client'

import Link from 'next/link'

/**
 * What a visitor sees when a page or a form's action fails unexpectedly: the site's own page,
 * inside its header and footer, with a way to try again and ways back. The reference matches the
 * server's log entry for this failure.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lead">This page could not be shown just now. If you were sending a form, check whether it arrived before sending it again.</p>
      <div className="button-row">
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
        <Link href="/contact">Tell us about it</Link>
      </div>
      {reference && <p className="meta">Reference for the team: {reference}</p>}
    </>
  )
}
