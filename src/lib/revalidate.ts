import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

import { expireCachedPaths } from '../cache/tag-log.mjs'

/**
 * Refresh cached public pages after content changes. Inside a Next request this is Next's own
 * revalidatePath(). Scheduled publishing and command-line scripts run outside any request, so
 * they expire the pages in the server's shared cache directly instead.
 */
export function revalidatePaths(payload: Payload, paths: string[], type?: 'layout' | 'page'): void {
  const unique = [...new Set(paths)]
  try {
    for (const path of unique) revalidatePath(path, type)
  } catch (error) {
    if (!isOutsideNextRequest(error)) {
      payload.logger.error({ err: error, msg: `Could not refresh cached pages ${unique.join(', ')}` })
      return
    }
    try {
      expireCachedPaths(unique, type)
    } catch (fallbackError) {
      payload.logger.error({ err: fallbackError, msg: 'Could not expire cached pages' })
    }
  }
}

function isOutsideNextRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope|Invariant/i.test(error.message)
}
