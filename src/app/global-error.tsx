'use client'

import { geistSans } from '@/app/fonts'
import { Button } from '@/components/ui/button'
import { applySavedTheme } from '@/components/theme/theme-script'

import './(frontend)/styles.css'

/**
 * The last resort, when even the site's layout (header, footer, settings) cannot be shown: a
 * page of its own in the site's style, with a way to try again and a way back.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined
  return (
    <html className={geistSans.variable} lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: applySavedTheme }} />
      </head>
      <body>
        <title>Something went wrong · Pride Career Network</title>
        <main className="container" id="main">
          <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center">
            <h1>Something went wrong</h1>
            <p className="lead m-0 text-lg text-muted-foreground">The site could not be shown just now. Please try again in a moment.</p>
            <div className="button-row mt-4 flex flex-col gap-3 sm:flex-row">
              <Button type="button" onClick={() => retry()}>
                Try again
              </Button>
              {/* A plain link: a full page load, as the site's own navigation may be what failed. */}
              <Button asChild variant="outline">
                <a href="/">Go to the home page</a>
              </Button>
            </div>
            {reference && <p className="meta m-0 text-sm text-muted-foreground">Reference for the team: {reference}</p>}
          </div>
        </main>
      </body>
    </html>
  )
}
