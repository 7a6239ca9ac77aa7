import type { Payload } from 'payload'

import { countedKeys, isUsedUp, limitRefusal, type LimitRefusal } from '.'
import { limitPolicies } from './policies'
import { limiterFor } from './store'

/*
 * Sign-in failures, counted per email address and per connection in the shared store, for
 * every way in: the sign-in page, REST `POST /api/users/login` (the admin panel's too) and
 * GraphQL `loginUser` all run the users collection's login hooks (collections/Users/hooks).
 *
 * Each attempt is counted before the password is checked, and a success takes its count back
 * (forgetSignInFailures), so what remains are failures. The count knows nothing of accounts:
 * an address nobody uses is locked after five failures exactly like one that a member uses,
 * with the same answer, so the answer never tells whether an account exists.
 *
 * Payload's own lockout (maxLoginAttempts) stays as a second line, but it only ever locks
 * existing accounts, so its refusal must never show: this gate refuses first (from the sixth
 * attempt in a window, as Payload would), and when Payload's lock holds while this one does not
 * (failures spread over more than the window), its refusal answers as a wrong password does
 * (src/limits/payload-lock.ts).
 */

export type SignInAttempt = { email: string; address: string }

/** Counts this attempt; the refusal when the email address or the connection is locked. */
export async function gateSignIn(payload: Payload, attempt: SignInAttempt): Promise<LimitRefusal | null> {
  const refusals = await Promise.all(
    countedKeys(keysOf(attempt)).map(async ([key, value]) => {
      const limiter = await limiterFor(payload, 'signIn', key)
      if (!limiter) return null
      try {
        const counted = await limiter.consume(value)
        // The last attempt allowed: should it fail, the lock lasts a whole window from now,
        // as long as Payload's own lock after this failure (a success removes it).
        if (key === 'email' && counted.consumedPoints === limiter.points) await limiter.block(value, limitPolicies.signIn.windowSeconds)
        return null
      } catch (error) {
        if (isUsedUp(error)) return limitRefusal('signIn', key, error.msBeforeNext)
        throw error
      }
    }),
  )
  // The email address's lock first: its words are the ones a person expects.
  return refusals.find((refusal) => refusal?.key === 'email') ?? refusals.find((refusal) => refusal !== null) ?? null
}

/** After a successful sign-in: the email address starts afresh, and the connection gets its attempt back. */
export async function forgetSignInFailures(payload: Payload, attempt: SignInAttempt): Promise<void> {
  await Promise.all(
    countedKeys(keysOf(attempt)).map(async ([key, value]) => {
      const limiter = await limiterFor(payload, 'signIn', key)
      if (!limiter) return
      if (key === 'email') await limiter.delete(value)
      else await limiter.reward(value, 1)
    }),
  )
}

/** Server-side checks without a client (a test, a script) have no address to count. */
const keysOf = ({ email, address }: SignInAttempt) => ({ email, address: address === 'unknown' ? undefined : address })
