import type { Payload, TaskConfig } from 'payload'

import { claimRow } from '@/db/claim'
import { deliverQueuedEmails, queueEmail } from '@/email/outbox'
import { contactConfirmationHTML, contactConfirmationSubject, contactNoticeHTML, contactNoticeSubject } from '@/email/templates/contact'
import { afterQuietPeriod } from '@/lib/quiet-period'
import { singleFlight } from '@/lib/single-flight'
import { inTransaction } from '@/lib/transaction'

import type { ContactMessage } from '../../payload-types'
import { contactTopicLabel } from './topics'

export type ContactRow = Pick<ContactMessage, 'name' | 'email' | 'topic' | 'message'>

type Waiting = { row: ContactRow; resolve: () => void; reject: (error: unknown) => void }
type Batcher = { waiting: Waiting[]; writing: boolean; lastWriteEnded: number }

const batchers = new WeakMap<Payload, Batcher>()
/** Rows written by one INSERT at most. */
const batchSize = 500
/** A write that follows another within this many milliseconds is part of a burst… */
const burstWindowMs = 100
/** …and waits this long for more messages to join it (measured with `npm run bench:contact`). */
const burstLingerMs = 10

/**
 * Stores a contact message and resolves once it is on disk. Messages that arrive while a write
 * is under way are written together by the next one (a group commit): one statement for many
 * messages, instead of one transaction each queueing behind the others for the write lock.
 */
export function storeContactMessage(payload: Payload, row: ContactRow): Promise<void> {
  let batcher = batchers.get(payload)
  if (!batcher) batchers.set(payload, (batcher = { waiting: [], writing: false, lastWriteEnded: -Infinity }))
  const promise = new Promise<void>((resolve, reject) => batcher.waiting.push({ row, resolve, reject }))
  if (!batcher.writing) void writeWaiting(payload, batcher)
  return promise
}

async function writeWaiting(payload: Payload, batcher: Batcher): Promise<void> {
  batcher.writing = true
  try {
    while (batcher.waiting.length > 0) {
      // Let submissions already on their way join this write. During a burst (the last write
      // ended moments ago), wait a little longer, so that one write carries many messages
      // instead of one each: every write holds SQLite's lock and blocks the process while it does.
      const busy = performance.now() - batcher.lastWriteEnded < burstWindowMs
      await new Promise((resolve) => (busy ? setTimeout(resolve, burstLingerMs) : setImmediate(resolve)))
      const batch = batcher.waiting.splice(0, batchSize)
      try {
        await insertRows(payload, batch.map((waiting) => waiting.row))
        for (const waiting of batch) waiting.resolve()
      } catch (error) {
        for (const waiting of batch) waiting.reject(error)
      }
      batcher.lastWriteEnded = performance.now()
    }
  } finally {
    batcher.writing = false
  }
}

async function insertRows(payload: Payload, rows: ContactRow[]): Promise<void> {
  const now = new Date().toISOString()
  const stored = rows.map((row) => ({ ...row, status: 'new' as const, notification: 'pending' as const, createdAt: now, updatedAt: now }))
  if (payload.db.name === 'sqlite') {
    const db = payload.db as unknown as { drizzle: { insert(table: unknown): { values(rows: unknown[]): Promise<unknown> } }; tables: Record<string, unknown> }
    await db.drizzle.insert(db.tables.contact_messages).values(stored)
    return
  }
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, { insertMany(rows: unknown[]): Promise<unknown> }> }).collections['contact-messages']
    await model.insertMany(stored.map((row) => ({ ...row, createdAt: new Date(now), updatedAt: new Date(now) })))
    return
  }
  await inTransaction(payload, async (req) => {
    for (const row of rows) await payload.create({ collection: 'contact-messages', data: { ...row, status: 'new', notification: 'pending' }, overrideAccess: true, req })
  })
}

/** A worker that claimed a message and vanished releases it after this long. */
const claimTimeoutMs = 5 * 60 * 1000

/** Claims a message's notification so that two server processes never queue its emails twice. */
const claim = (payload: Payload, id: number | string, now: Date) =>
  claimRow(payload, {
    collection: 'contact-messages',
    id,
    status: { field: 'notification', column: 'notification' },
    claimedAt: { field: 'notificationClaimedAt', column: 'notification_claimed_at' },
    from: ['pending'],
    to: 'claimed',
    now,
    timeoutMs: claimTimeoutMs,
  })

/**
 * Puts the team notice and the sender's confirmation of each stored message in the outbox,
 * once per message, and marks the message notified in the same transaction. Runs after each
 * submission and on a schedule, so a message stored just before a crash still gets its emails.
 */
export async function queueContactEmails(payload: Payload, now: Date = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - claimTimeoutMs).toISOString()
  const { docs } = await payload.find({
    collection: 'contact-messages',
    where: { or: [{ notification: { equals: 'pending' } }, { and: [{ notification: { equals: 'claimed' } }, { notificationClaimedAt: { less_than: stale } }] }] },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length === 0) return 0
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const teamAddress = settings.contactEmail || process.env.CONTACT_EMAIL || ''
  let queued = 0
  for (const message of docs) {
    if (!(await claim(payload, message.id, now))) continue
    const topicLabel = contactTopicLabel(message.topic)
    await inTransaction(payload, async (req) => {
      if (teamAddress) {
        await queueEmail(payload, { to: teamAddress, subject: contactNoticeSubject(message, topicLabel), html: contactNoticeHTML(message, topicLabel), purpose: 'contact-notice' }, req)
      }
      await queueEmail(payload, { to: message.email, subject: contactConfirmationSubject(), html: contactConfirmationHTML(message, topicLabel), purpose: 'contact-confirmation' }, req)
      await payload.update({ collection: 'contact-messages', id: message.id, data: { notification: 'queued' }, overrideAccess: true, req })
    })
    queued += 1
  }
  return queued
}

const queueAndDeliver = singleFlight(async (payload) => {
  await queueContactEmails(payload)
  await deliverQueuedEmails(payload)
}, 'Queueing contact emails failed; the scheduled run will try again')

/**
 * Queues waiting contact emails and delivers them once submissions pause (a quarter second
 * without one, two seconds at most), so that a burst is answered first and mailed just after.
 * The message is already stored; the scheduled sweep covers a process that stops meanwhile.
 */
export const notifyContactMessages = afterQuietPeriod(queueAndDeliver, { quietMs: 250, maxWaitMs: 2_000 })

/** The scheduled safety net: queues the emails of any message a crash or restart left behind. */
export const queueContactEmailsTask: TaskConfig<'queue-contact-emails'> = {
  slug: 'queue-contact-emails',
  label: 'Queue contact-form emails left waiting',
  schedule: [{ cron: '0 * * * * *', queue: 'email' }],
  handler: async ({ req }) => {
    await queueContactEmails(req.payload)
    return { output: {} }
  },
}
