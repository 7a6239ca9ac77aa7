'use client'

import Link from 'next/link'

import { Button } from '@/components/ui/button'

/**
 * What a visitor sees when a page or a form's action fails unexpectedly: the site's own page,
 * inside its header and footer, with a way to try again and ways back. The reference matches the
 * server's log entry for this failure.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
      <h1>Something went wrong</h1>
      <p className="lead m-0 text-lg text-muted-foreground">
        This page could not be shown just now. If you were sending a form, check whether it arrived before sending it again.
      </p>
      <div className="button-row mt-4 flex flex-col gap-3 sm:flex-row">
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
        <Button asChild variant="outline">
          <Link href="/">Go to the home page</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/contact">Tell us about it</Link>
        </Button>
      </div>
      {reference && <p className="meta m-0 text-sm text-muted-foreground">Reference for the team: {reference}</p>}
    </div>
  )
}
