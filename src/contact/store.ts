import type { Payload, TaskConfig } from 'payload'

import { claimRow } from '@/db/claim'
import { deliverQueuedEmails, queueEmail } from '@/email/outbox'
import { contactConfirmationMessage, contactConfirmationSubject, contactNoticeMessage, contactNoticeSubject } from '@/email/templates/contact'
import { afterQuietPeriod } from '@/lib/quiet-period'
import { singleFlight } from '@/lib/single-flight'
import { inTransaction } from '@/lib/transaction'

import type { ContactMessage } from '../../payload-types'
import { contactTopicLabel } from './topics'

export type ContactRow = Pick<ContactMessage, 'name' | 'email' | 'topic' | 'message'>

/**
 * Stores a contact message through Payload's local API, so the collection's validation and
 * hooks run. Resolves once the message is stored; a failure throws and keeps nothing (the row
 * is one INSERT on SQLite, and Payload wraps it in a transaction on MongoDB). Its emails are
 * queued afterwards from the stored message (queueContactEmails), so a mail server that is down
 * loses nothing.
 */
export async function storeContactMessage(payload: Payload, row: ContactRow): Promise<void> {
  await payload.create({
    collection: 'contact-messages',
    data: { ...row, status: 'new', notification: 'pending' },
    overrideAccess: true,
    depth: 0,
  })
}

/** A worker that claimed a message and vanished releases it after this long. */
const claimTimeoutMs = 5 * 60 * 1000

/** Claims a message's notification so that two server processes never queue its emails twice. */
const claim = (payload: Payload, id: number | string, now: Date) =>
  claimRow(payload, {
    collection: 'contact-messages',
    id,
    status: 'notification',
    claimedAt: 'notificationClaimedAt',
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
    where: {
      or: [{ notification: { equals: 'pending' } }, { and: [{ notification: { equals: 'claimed' } }, { notificationClaimedAt: { less_than: stale } }] }],
    },
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
        await queueEmail(
          payload,
          {
            to: teamAddress,
            subject: contactNoticeSubject(message, topicLabel),
            content: contactNoticeMessage(message, topicLabel),
            purpose: 'contact-notice',
          },
          req,
        )
      }
      await queueEmail(
        payload,
        { to: message.email, subject: contactConfirmationSubject(), content: contactConfirmationMessage(message, topicLabel), purpose: 'contact-confirmation' },
        req,
      )
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
