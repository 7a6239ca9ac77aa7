import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

import { revalidationToken, type RevalidateRequest } from '@/server/revalidate-pages'

/** Revalidations sent to a web instance that have not been answered yet. */
const pending = new Set<Promise<void>>()

/**
 * Refresh cached public pages after content changes. Inside a Next request this is Next's own
 * revalidatePath(). Scheduled publishing, deadlines and command-line scripts run outside any
 * request (in the jobs worker, or on a web instance's schedule), where revalidatePath() throws;
 * they ask a web instance to do it instead (POST /api/revalidate-pages), which with REDIS_URL
 * refreshes the page for every instance. A failure is logged, never thrown: the content change
 * itself is saved, and the pages catch up within their revalidate time (10 minutes).
 */
export function revalidatePaths(payload: Payload, paths: string[], type?: 'layout' | 'page'): Promise<void> {
  const unique = [...new Set(paths)]
  try {
    for (const path of unique) revalidatePath(path, type)
    return Promise.resolve()
  } catch (error) {
    if (!isOutsideNextRequest(error)) {
      payload.logger.error({ err: error, msg: `Could not refresh cached pages ${unique.join(', ')}` })
      return Promise.resolve()
    }
  }
  const sent = askWebInstance(payload, { paths: unique, ...(type && { type }) })
  pending.add(sent)
  return sent.finally(() => pending.delete(sent))
}

/** Resolves once every revalidation sent so far is answered: scripts wait for it before they exit. */
export async function revalidationsSent(): Promise<void> {
  await Promise.all(pending)
}

/**
 * Where this process reaches a web instance: INTERNAL_SERVER_URL (any one instance, or the
 * proxy in front of them), else SERVER_URL, else this machine's `npm start`.
 */
export function webInstanceURL(env: NodeJS.ProcessEnv = process.env): string {
  return env.INTERNAL_SERVER_URL || env.SERVER_URL || `http://127.0.0.1:${env.PORT || 3000}`
}

/** Addresses where no web instance listened, already reported by this process. */
const refusedAt = new Set<string>()

async function askWebInstance(payload: Payload, request: RevalidateRequest): Promise<void> {
  const url = new URL('/api/revalidate-pages', webInstanceURL())
  const failed = (reason: string) =>
    payload.logger.error(
      `Could not refresh cached pages ${request.paths.join(', ')} through ${url.origin}: ${reason}. They catch up within their revalidate time.`,
    )
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidationToken(payload.secret)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(15_000),
    })
    if (!response.ok) failed(`${response.status} ${(await response.text()).slice(0, 300)}`)
    else await response.body?.cancel()
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined
    if ((cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED') {
      // No web instance is running there (a seed or an import before the first start, where no
      // page is cached yet; or a wrong address): said once per process, not once per change.
      if (refusedAt.has(url.origin)) return
      refusedAt.add(url.origin)
      payload.logger.warn(
        `No web instance answered at ${url.origin} to refresh cached pages (${request.paths.join(', ')}); pages changed by this process catch up within their revalidate time. If web instances run elsewhere, set INTERNAL_SERVER_URL to one of them.`,
      )
      return
    }
    failed(
      `${error instanceof Error ? (cause ? `${error.message} (${cause.message})` : error.message) : String(error)}; set INTERNAL_SERVER_URL to a running web instance`,
    )
  }
}

function isOutsideNextRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope|Invariant/i.test(error.message)
}
