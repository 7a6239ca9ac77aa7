import type { Payload } from 'payload'

import { claimRow } from '@/db/claim'
import { oneAtATime } from '@/lib/one-at-a-time'

/*
 * Bookings of one mentor happen one at a time: each checks the slot is still free and writes the
 * meeting while it holds that mentor's lock, so two bookings can never both see a slot free.
 *
 * The lock is a row in booking-locks, taken with the same single conditional write the outbox
 * uses (src/db/claim.ts), so it holds across server instances; within one instance, bookings of
 * the same mentor queue in memory first, so they do not poll the database against each other. A
 * holder that crashed gives the lock up after `lockTimeoutMs`.
 */

export const lockTimeoutMs = 15_000
/** How long a booking waits for the lock before it says the mentor is busy. */
export const lockWaitMs = 10_000

export class BookingBusy extends Error {}

async function lockRow(payload: Payload, key: string): Promise<number | string> {
  const find = async () =>
    (await payload.find({ collection: 'booking-locks', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]?.id
  const existing = await find()
  if (existing != null) return existing
  try {
    return (await payload.create({ collection: 'booking-locks', data: { key, status: 'free' }, overrideAccess: true })).id
  } catch (error) {
    // Another instance made the row a moment earlier.
    const made = await find()
    if (made != null) return made
    throw error
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `work` holding the booking lock of `key` (a mentor profile's id). */
export async function withBookingLock<T>(payload: Payload, key: string, work: () => Promise<T>): Promise<T> {
  return oneAtATime(`booking:${key}`, async () => {
    const id = await lockRow(payload, key)
    const giveUpAt = Date.now() + lockWaitMs
    const take = () =>
      claimRow(payload, {
        collection: 'booking-locks',
        id,
        status: 'status',
        claimedAt: 'claimedAt',
        from: ['free'],
        to: 'held',
        now: new Date(),
        timeoutMs: lockTimeoutMs,
      })
    while (!(await take())) {
      if (Date.now() > giveUpAt) throw new BookingBusy(`The booking lock ${key} stayed taken`)
      await pause(20 + Math.random() * 30)
    }
    try {
      return await work()
    } finally {
      await payload.update({ collection: 'booking-locks', id, data: { status: 'free', claimedAt: null }, overrideAccess: true })
    }
  })
}
