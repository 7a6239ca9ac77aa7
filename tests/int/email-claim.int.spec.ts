import type { Payload } from 'payload'
import { createElement } from 'react'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimRow } from '@/db/claim'
import { claimEmail, claimTimeoutMs, deliverEmail, EmailBusyElsewhere, queueEmail } from '@/email/outbox'

import { startMailbox } from '../helpers/smtp'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * The outbox's claim is the one write that goes around Payload (src/db/claim.ts): Payload's
 * update with a `where` reads, then writes, so two workers could both take an email. These run
 * on SQLite and, in CI, on MongoDB (TEST_DATABASE_URI), each through its own branch.
 */
describe('an outbox email is claimed by one worker at a time', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>

  const queued = async (to: string) => {
    await queueEmail(payload, { to, subject: 'Claimed once', content: createElement('p', null, 'Once'), purpose: 'test' })
    const { docs } = await payload.find({ collection: 'emails', where: { to: { equals: to } }, overrideAccess: true, depth: 0 })
    return String(docs[0].id)
  }
  const stored = (id: string) => payload.findByID({ collection: 'emails', id, overrideAccess: true, depth: 0 })
  const later = (from: Date, ms: number) => new Date(from.getTime() + ms)

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  it('gives an email to exactly one of several workers claiming it at the same moment, and stamps it', async () => {
    const id = await queued(`race-${Date.now()}@example.test`)
    const now = later(new Date(), 1_000)
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimEmail(payload, id, now)))
    expect(claims.filter(Boolean)).toHaveLength(1)

    const email = await stored(id)
    expect(email.status).toBe('sending')
    expect(new Date(email.claimedAt!).getTime()).toBe(now.getTime())
    // The write goes around Payload, so it keeps `updatedAt` right itself (the admin's list sorts by it).
    expect(new Date(email.updatedAt).getTime()).toBe(now.getTime())
  })

  it('leaves a fresh claim alone, and takes over one older than the timeout (a worker that crashed mid-send)', async () => {
    const to = `stale-${Date.now()}@example.test`
    const id = await queued(to)
    const claimed = new Date()
    expect(await claimEmail(payload, id, claimed)).toBe(true)

    // Just inside the timeout, the first worker may still be sending: nobody else takes it.
    const stillFresh = later(claimed, claimTimeoutMs - 1_000)
    expect(await claimEmail(payload, id, stillFresh)).toBe(false)
    await expect(deliverEmail(payload, id, stillFresh)).rejects.toBeInstanceOf(EmailBusyElsewhere)
    expect(mailbox.received.filter((email) => email.to.includes(to))).toHaveLength(0)

    // Past it, the email is taken over and sent, once.
    const stale = later(claimed, claimTimeoutMs + 1_000)
    expect(await deliverEmail(payload, id, stale)).toBe('sent')
    await mailbox.waitFor(to)
    expect(await stored(id)).toMatchObject({ status: 'sent', attempts: 1 })
    expect(new Date((await stored(id)).claimedAt!).getTime()).toBe(stale.getTime())
    expect(await claimEmail(payload, id, later(stale, claimTimeoutMs * 2))).toBe(false)
    expect(mailbox.received.filter((email) => email.to.includes(to))).toHaveLength(1)
  })

  it('refuses to claim on a database it has no atomic write for, rather than risk sending twice', async () => {
    const elsewhere = { db: { name: 'postgres' } } as unknown as Payload
    const claim = {
      collection: 'emails' as const,
      id: '1',
      status: 'status',
      claimedAt: 'claimedAt',
      from: ['queued'],
      to: 'sending',
      now: new Date(),
      timeoutMs: 1_000,
    }
    await expect(claimRow(elsewhere, claim)).rejects.toThrow('No atomic claim is written for the "postgres" database adapter')
  })
})
