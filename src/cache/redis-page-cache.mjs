/**
 * Next's page cache in Redis, shared by every web instance: next.config.mjs names this file as
 * `cacheHandler` when REDIS_URL is set. A page rendered by one instance is served by all, and a
 * revalidatePath() in one (a publish) deletes the page for all before its request answers.
 *
 * The handler is @trieb.work/nextjs-turbo-redis-cache, a maintained one tested against Next 15
 * and 16 with several instances on one Redis. (@fortedigital/nextjs-cache-handler, which the
 * issue names, requires Node 22; this platform runs on Node 20.) Its options here:
 * - no in-memory copies of what Redis answered (`inMemoryCachingTime: 0`), so an instance never
 *   serves a page another has revalidated; simultaneous reads of one page still share one GET;
 * - keys under `pages:<build id>:`, so a new build never serves an old build's pages, each kept
 *   for a day at most (Next's own lifetime for an entry is a year): a page nobody asked for in
 *   a day renders again on its next request, and an old build's pages leave Redis within a day;
 * - the database named in REDIS_URL (`redis://host:6379/2`), not the handler's default of 1.
 *
 * Redis must publish expiry and eviction events (`notify-keyspace-events Exe`): the handler
 * drops expired pages from its tag index with them, and refuses to start without.
 */
import fs from 'node:fs'
import path from 'node:path'

import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'

/** The longest Redis keeps a page (seconds). */
export const longestEntrySeconds = 24 * 60 * 60

/** @type {RedisStringsHandler | undefined} */
let shared

/** @param {string} url */
function databaseOf(url) {
  const number = Number(new URL(url).pathname.slice(1) || 0)
  return Number.isInteger(number) && number >= 0 ? number : 0
}

/** @param {string | undefined} serverDistDir Next's `<distDir>/server` */
function buildId(serverDistDir) {
  try {
    return fs
      .readFileSync(path.join(serverDistDir ?? path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server'), '..', 'BUILD_ID'), 'utf8')
      .trim()
  } catch {
    return 'development'
  }
}

/** Next creates one of these per request; they all share one Redis connection and tag index. */
export default class RedisPageCache {
  /** @param {{ serverDistDir?: string }} context */
  constructor(context) {
    const url = process.env.REDIS_URL
    if (!url) throw new Error('The Redis page cache needs REDIS_URL (next.config.mjs only chooses it when REDIS_URL is set).')
    shared ??= new RedisStringsHandler({
      redisUrl: url,
      database: databaseOf(url),
      keyPrefix: `pages:${buildId(context?.serverDistDir)}:`,
      inMemoryCachingTime: 0,
    })
  }

  /** @param {Parameters<RedisStringsHandler['get']>} args */
  get(...args) {
    return /** @type {RedisStringsHandler} */ (shared).get(...args)
  }

  /**
   * @param {Parameters<RedisStringsHandler['set']>[0]} key
   * @param {Parameters<RedisStringsHandler['set']>[1]} data
   * @param {Parameters<RedisStringsHandler['set']>[2]} context
   */
  set(key, data, context) {
    // The handler sets the key's time to live from `expire`; Next keeps its own copy of the context.
    const expire = Math.min(context?.cacheControl?.expire ?? longestEntrySeconds, longestEntrySeconds)
    const revalidate = context?.cacheControl?.revalidate ?? false
    return /** @type {RedisStringsHandler} */ (shared).set(key, data, { ...context, cacheControl: { revalidate, expire } })
  }

  /** @param {Parameters<RedisStringsHandler['revalidateTag']>} args */
  revalidateTag(...args) {
    return /** @type {RedisStringsHandler} */ (shared).revalidateTag(...args)
  }

  resetRequestCache() {}
}
