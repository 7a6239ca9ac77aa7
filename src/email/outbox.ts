import type { ReactElement } from 'react'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { claimRow } from '@/db/claim'
import { runsJobsAfterRequests } from '@/lib/jobs-runner'
import { singleFlight } from '@/lib/single-flight'

import { renderEmail } from './render'

/** How often a failing email is tried again, with the pause doubling from two seconds. */
export const deliveryAttempts = 8
/** A worker that claimed an email and vanished (a crash) releases it after this long. */
export const claimTimeoutMs = 5 * 60 * 1000

/** `content` is an email component (src/email/templates); it is stored rendered, as HTML and plain text. */
export type OutgoingEmail = {
  to: string
  subject: string
  content: ReactElement
  purpose: string
  /** A calendar invitation or cancellation (iCalendar text), sent as the email's calendar part. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string }
}

/**
 * Puts an email in the outbox and queues its delivery. With `req` it joins the caller's
 * transaction, so a submission and its emails are stored together or not at all; nothing is
 * sent until it is stored. Both parts are stored, so a retry sends what the first try would have.
 */
export async function queueEmail(payload: Payload, { content, calendar, ...email }: OutgoingEmail, req?: PayloadRequest): Promise<void> {
  const { html, text } = await renderEmail(content)
  const stored = await payload.create({
    collection: 'emails',
    data: { ...email, html, text, status: 'queued', attempts: 0, ...(calendar ? { calendar: calendar.content, calendarMethod: calendar.method } : {}) },
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: 'send-email', input: { emailId: String(stored.id) }, queue: 'email', req })
}

/** Claims an email for sending, so that two workers (two server processes) never both send it. */
export const claimEmail = (payload: Payload, id: string, now: Date) =>
  claimRow(payload, {
    collection: 'emails',
    id,
    status: 'status',
    claimedAt: 'claimedAt',
    from: ['queued', 'retrying'],
    to: 'sending',
    now,
    timeoutMs: claimTimeoutMs,
  })

/** Thrown when another worker holds the email: the job tries again later rather than finishing. */
export class EmailBusyElsewhere extends Error {}

/**
 * Sends one outbox email if it is still waiting; a failure is recorded and thrown for a retry.
 * When another worker holds it, the job must not finish either (that worker may yet fail), so
 * that case throws too; an email already sent or given up on is done.
 */
export async function deliverEmail(payload: Payload, id: string, now: Date = new Date()): Promise<'sent' | 'skipped'> {
  if (!(await claimEmail(payload, id, now))) {
    const current = await payload.findByID({ collection: 'emails', id, overrideAccess: true, depth: 0, select: { status: true } })
    if (current.status === 'sending' || current.status === 'queued' || current.status === 'retrying') {
      throw new EmailBusyElsewhere(`Email ${id} is being sent by another worker`)
    }
    return 'skipped'
  }
  const email = await payload.findByID({ collection: 'emails', id, overrideAccess: true, depth: 0 })
  const attempts = (email.attempts ?? 0) + 1
  try {
    // An email queued before the text part was stored has none: the adapter derives it from the HTML.
    await payload.sendEmail({
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text || undefined,
      // nodemailer sends it as the text/calendar part calendar apps read as an invitation, and as invite.ics.
      ...(email.calendar
        ? {
            icalEvent: { method: email.calendarMethod ?? 'REQUEST', filename: 'invite.ics', content: email.calendar },
          }
        : {}),
    })
  } catch (error) {
    const finalAttempt = attempts > deliveryAttempts
    await payload.update({
      collection: 'emails',
      id,
      data: { status: finalAttempt ? 'failed' : 'retrying', attempts, lastError: String((error as Error).message ?? error).slice(0, 500) },
      overrideAccess: true,
    })
    throw error
  }
  const logged = payload.email && (payload.email as { name?: string }).name === 'log'
  await payload.update({
    collection: 'emails',
    id,
    data: { status: logged ? 'logged' : 'sent', attempts, lastError: null, sentAt: new Date().toISOString() },
    overrideAccess: true,
  })
  return 'sent'
}

export const sendEmailTask: TaskConfig<'send-email'> = {
  slug: 'send-email',
  label: 'Send an email from the outbox',
  inputSchema: [{ name: 'emailId', type: 'text', required: true }],
  retries: { attempts: deliveryAttempts, backoff: { type: 'exponential', delay: 2_000 } },
  handler: async ({ input, req }) => {
    await deliverEmail(req.payload, input.emailId)
    return { output: {} }
  },
}

/**
 * Runs queued deliveries now, instead of waiting for the next scheduled run; does nothing in a
 * web instance whose jobs a separate worker runs (src/lib/jobs-runner.ts).
 */
export const deliverQueuedEmails = singleFlight(async (payload) => {
  if (!runsJobsAfterRequests()) return
  await payload.jobs.run({ queue: 'email', limit: 100 })
}, 'Running the email queue failed; the scheduled run will try again')
