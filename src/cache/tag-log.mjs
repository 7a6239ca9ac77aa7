/**
 * The log of revalidated cache tags that all server processes replay (see shared-isr-cache.mjs).
 * Kept apart from the cache handler so code bundled into the site can write to it.
 */
import fs from 'node:fs'
import path from 'node:path'

export const tagLogName = 'revalidated-tags.jsonl'

/** Where the server processes keep the shared cache, for code that runs outside them. */
export function sharedCacheDirectory(env = process.env) {
  return env.ISR_CACHE_DIR || path.join(process.cwd(), env.NEXT_DIST_DIR || '.next', 'server', 'shared-isr-cache')
}

export const logLinesFor = (tags, durations, now = Date.now()) =>
  tags.map((tag) =>
    JSON.stringify(
      durations
        ? { tag, stale: now, ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }) }
        : { tag, expired: now },
    ),
  )

/** The cache tags Next's revalidatePath(route, type) expires. */
export function tagsForPath(route, type) {
  const trimmed = route.length > 1 ? route.replace(/\/+$/, '') : route
  const tag = type ? `_N_T_${trimmed}${trimmed.endsWith('/') ? '' : '/'}${type}` : `_N_T_${trimmed}`
  if (tag === '_N_T_/') return [tag, '_N_T_/index']
  if (tag === '_N_T_/index') return [tag, '_N_T_/']
  return [tag]
}

/**
 * Expires cached pages from outside a Next request (a scheduled publish, a command-line
 * import): the same log lines a revalidatePath() in a server process would write.
 */
export function expireCachedPaths(paths, type, directory = sharedCacheDirectory()) {
  if (!fs.existsSync(directory)) return false
  const tags = paths.flatMap((route) => tagsForPath(route, type))
  fs.appendFileSync(path.join(directory, tagLogName), `${logLinesFor(tags).join('\n')}\n`)
  return true
}

