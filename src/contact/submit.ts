import type { Payload } from 'payload'

import { contactConfirmationHTML, contactConfirmationSubject, contactNoticeHTML, contactNoticeSubject } from '@/email/templates/contact'
import { queueEmail } from '@/email/outbox'
import { publicWritesPerHour, takeFromLimit } from '@/lib/rate-limit'
import { inTransaction } from '@/lib/transaction'

export const contactTopics = [
  ['general', 'A general question'],
  ['partnership', 'Company partnerships'],
  ['membership', 'Career Center membership'],
  ['mentoring', 'Becoming a Mentor or Connector'],
  ['privacy', 'Privacy and my data'],
  ['accessibility', 'Accessibility'],
] as const

export type ContactTopic = (typeof contactTopics)[number][0]
export const contactTopicLabel = (topic: string) => contactTopics.find(([value]) => value === topic)?.[1] ?? topic

export type ContactInput = { name: string; email: string; topic: string; message: string; /** the honeypot */ website?: string }
export type ContactErrors = Partial<Record<'name' | 'email' | 'topic' | 'message' | 'form', string>>
export type ContactResult = { ok: true } | { ok: false; status: 400 | 429; errors: ContactErrors }

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const hour = 60 * 60 * 1000

/**
 * Stores a contact-form message and queues the email to the team and the confirmation to the
 * sender, in one transaction, before answering: once this returns ok, nothing is lost even if
 * the mail server is down (the outbox retries).
 */
export async function submitContactMessage(payload: Payload, input: ContactInput, from: { address: string }): Promise<ContactResult> {
  // Bots fill every field; people never see this one. Answer as if it worked, store nothing.
  if (input.website?.trim()) return { ok: true }

  const limit = takeFromLimit(`contact:${from.address}`, publicWritesPerHour(), hour)
  if (!limit.ok) {
    return { ok: false, status: 429, errors: { form: `Too many messages from your connection. Please try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.` } }
  }

  const message = {
    name: input.name.trim(),
    email: input.email.trim().toLowerCase(),
    topic: input.topic,
    message: input.message.replace(/\r\n?/g, '\n').trim(),
  }
  const errors: ContactErrors = {}
  if (!message.name) errors.name = 'Enter your name, or what you would like to be called.'
  else if (message.name.length > 100) errors.name = 'Use 100 characters or fewer.'
  if (!emailPattern.test(message.email) || message.email.length > 254) errors.email = 'Enter an email address like name@example.org, so we can answer.'
  if (!contactTopics.some(([value]) => value === message.topic)) errors.topic = 'Choose what your message is about.'
  if (message.message.length < 10) errors.message = 'Write at least a sentence (10 characters or more).'
  else if (message.message.length > 5000) errors.message = `Keep the message to 5,000 characters (it has ${message.message.length}).`
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const teamAddress = settings.contactEmail || process.env.CONTACT_EMAIL || ''
  const topicLabel = contactTopicLabel(message.topic)

  await inTransaction(payload, async (req) => {
    await payload.create({ collection: 'contact-messages', data: { ...message, topic: message.topic as ContactTopic, status: 'new' }, overrideAccess: true, req })
    if (teamAddress) {
      await queueEmail(payload, { to: teamAddress, subject: contactNoticeSubject(message, topicLabel), html: contactNoticeHTML(message, topicLabel), purpose: 'contact-notice' }, req)
    }
    await queueEmail(
      payload,
      { to: message.email, subject: contactConfirmationSubject(), html: contactConfirmationHTML(message, topicLabel), purpose: 'contact-confirmation' },
      req,
    )
  })
  return { ok: true }
}
