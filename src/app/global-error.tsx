'use client'

import './(frontend)/styles.css'

/**
 * The last resort, when even the site's layout (header, footer, settings) cannot be shown: a
 * page of its own in the site's style, with a way to try again and a way back.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Pride Career Network</title>
        <main className="container" id="main">
          <h1>Something went wrong</h1>
          <p className="lead">The site could not be shown just now. Please try again in a moment.</p>
          <div className="button-row">
            <button type="button" onClick={() => retry()}>
              Try again
            </button>
            {/* A plain link: a full page load, as the site's own navigation may be what failed. */}
            <a href="/">Go to the home page</a>
          </div>
          {reference && <p className="meta">Reference for the team: {reference}</p>}
        </main>
      </body>
    </html>
  )
}
