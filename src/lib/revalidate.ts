import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

/**
 * Refresh cached public pages after content changes. Scripts (seed, policy import) run outside
 * Next, where there is no cache to refresh: the pages' time-based revalidation picks their
 * changes up instead.
 */
export function revalidatePaths(payload: Payload, paths: string[], type?: 'layout' | 'page'): void {
  for (const path of new Set(paths)) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      if (isOutsideNext(error)) return
      payload.logger.error({ err: error, msg: `Could not revalidate ${path}` })
    }
  }
}

function isOutsideNext(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope|Invariant/i.test(error.message)
}
