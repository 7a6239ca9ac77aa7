import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { limitPolicies, pointsFor, type LimitKey, type LimitName } from './policies'
import { RateLimiterLibsql, type LibsqlClient } from './sqlite-store'

/*
 * Where the counts live, so that every server process counts the same:
 *
 * - REDIS_URL set: Redis, for deployments that run one (or several servers on one database).
 * - otherwise the database Payload already uses, which every process of `npm start` (and every
 *   server on a shared MongoDB) reaches: SQLite through Payload's libsql connection
 *   (src/limits/sqlite-store.ts), MongoDB through Payload's Mongoose connection. No extra service to run, and counts outlive a restart.
 *   (A cluster-primary store would also work for one `npm start`, but not for two machines on
 *   one MongoDB, nor once the custom server goes.)
 *
 * If the store cannot be reached, each limit falls back to a count in the process's memory
 * (rate-limiter-flexible's insurance limiter) rather than refusing everyone: sign-in, sign-up
 * and the contact form keep working, still limited per process, and an outage of Redis does not
 * take the site down with it. The error is logged once per minute so that it is noticed.
 */

const registryKey = Symbol.for('pride-career-network.limits')
type Registry = {
  byPayload: WeakMap<Payload, Map<string, RateLimiterAbstract>>
  redis: Map<string, Promise<Redis>>
}

// On globalThis: Next bundles the app more than once into one process (pages, API routes), and
// every copy should share one Redis connection and one set of limiters.
const registry: Registry = ((globalThis as Record<symbol, unknown>)[registryKey] as Registry | undefined) ?? {
  byPayload: new WeakMap(),
  redis: new Map(),
}
;(globalThis as Record<symbol, unknown>)[registryKey] = registry

/** The limiter for one key of a named limit (null when the limit does not count that key). */
export async function limiterFor(payload: Payload, name: LimitName, key: LimitKey): Promise<RateLimiterAbstract | null> {
  const points = pointsFor(name, key)
  if (points === undefined) return null
  let limiters = registry.byPayload.get(payload)
  if (!limiters) registry.byPayload.set(payload, (limiters = new Map()))
  const id = `${name}:${key}:${points}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const options = { keyPrefix: `${name}:${key}`, points, duration: limitPolicies[name].windowSeconds }
    const insuranceLimiter = new RateLimiterMemory(options)
    limiter = await storeLimiter(payload, { ...options, insuranceLimiter })
    limiters.set(id, limiter)
  }
  return limiter
}

type Options = { keyPrefix: string; points: number; duration: number; insuranceLimiter: RateLimiterMemory }

async function storeLimiter(payload: Payload, options: Options): Promise<RateLimiterAbstract> {
  const redisURL = process.env.REDIS_URL?.trim()
  if (redisURL) {
    return new RateLimiterRedis({ ...options, storeClient: await redisClient(redisURL), rejectIfRedisNotReady: true })
  }
  if (payload.db.name === 'sqlite') {
    return new RateLimiterLibsql({ ...options, storeClient: (payload.db as unknown as { client: LibsqlClient }).client })
  }
  if (payload.db.name === 'mongoose') {
    const connection = (payload.db as unknown as { connection: { getClient(): unknown; name: string } }).connection
    return new RateLimiterMongo({ ...options, storeClient: connection.getClient(), dbName: connection.name, tableName: 'rate-limit-counters' })
  }
  console.warn(`Rate limits are counted per process: no shared store for the ${payload.db.name} database adapter. Set REDIS_URL.`)
  return options.insuranceLimiter
}

/** One connection per process; the first count waits (briefly) for it, later ones never do. */
function redisClient(url: string): Promise<Redis> {
  let client = registry.redis.get(url)
  if (!client) {
    client = new Promise((resolve) => {
      // No offline queue: while Redis is away a count fails at once and the in-memory insurance
      // answers, instead of every request waiting for a reconnection.
      const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 })
      let lastLogged = 0
      redis.on('error', (error: Error) => {
        if (Date.now() - lastLogged < 60_000) return
        lastLogged = Date.now()
        console.error(`Rate limits: Redis at ${redactedURL(url)} is unreachable (${error.message}); counting per process until it is back.`)
      })
      const settle = () => resolve(redis)
      redis.once('ready', settle)
      setTimeout(settle, 2_000).unref()
    })
    registry.redis.set(url, client)
  }
  return client
}

/** Closes this process's connections to the stores (tests, and scripts that must exit). */
export async function closeLimitStores(): Promise<void> {
  const redis = [...registry.redis.values()]
  registry.redis.clear()
  registry.byPayload = new WeakMap()
  await Promise.all(redis.map(async (client) => (await client).quit().catch(() => undefined)))
}

const redactedURL = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@')
