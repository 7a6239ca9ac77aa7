import type { Payload } from 'payload'

import { addressKey, clientAddress } from './client-address.mjs'
import { limitPolicies, type LimitKey, type LimitName } from './policies'
import { limiterFor } from './store'

export { clientAddress }
export type { LimitName } from './policies'

/** What a count is kept under: the client's address, the member's id, an email address. */
export type LimitKeys = Partial<Record<LimitKey, string | number | null | undefined>>
export type LimitRefusal = { key: LimitKey; retryAfterSeconds: number; message: string }

/**
 * Takes one from every count the named limit keeps for these keys (src/limits/policies.ts);
 * the refusal to show when one of them is used up, or null.
 */
export async function takeFromLimit(payload: Payload, name: LimitName, keys: LimitKeys): Promise<LimitRefusal | null> {
  const refusals = await Promise.all(
    countedKeys(keys).map(async ([key, value]) => {
      const limiter = await limiterFor(payload, name, key)
      if (!limiter) return null
      try {
        await limiter.consume(value)
        return null
      } catch (error) {
        if (isUsedUp(error)) return limitRefusal(name, key, error.msBeforeNext)
        throw error
      }
    }),
  )
  return refusals.find((refusal) => refusal !== null) ?? null
}

/** The keys as they are counted: an IPv6 address per /64, an email address in lower case. */
export function countedKeys(keys: LimitKeys): [LimitKey, string][] {
  const counted: [LimitKey, string][] = []
  for (const [key, value] of Object.entries(keys) as [LimitKey, LimitKeys[LimitKey]][]) {
    if (value === null || value === undefined || value === '') continue
    if (key === 'address') counted.push([key, addressKey(String(value))])
    else if (key === 'email') counted.push([key, String(value).trim().toLowerCase()])
    else counted.push([key, String(value)])
  }
  return counted
}

export function limitRefusal(name: LimitName, key: LimitKey, msBeforeNext: number): LimitRefusal {
  // Rounded up to the minute, so "after 14:05" is never early, and Retry-After says the same.
  const now = Date.now()
  const until = new Date(Math.ceil((now + Math.max(1000, msBeforeNext)) / 60_000) * 60_000)
  const retryAfterSeconds = Math.ceil((until.getTime() - now) / 1000)
  const message = limitPolicies[name].refusal(key, { minutes: Math.ceil(retryAfterSeconds / 60), until })
  return { key, retryAfterSeconds, message }
}

/**
 * A count that is used up: rate-limiter-flexible rejects with a RateLimiterRes. Recognised by
 * its shape, as the limiter may come from another bundled copy of the library.
 */
export function isUsedUp(error: unknown): error is { msBeforeNext: number; consumedPoints: number } {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && typeof (error as { msBeforeNext?: unknown }).msBeforeNext === 'number'
}
