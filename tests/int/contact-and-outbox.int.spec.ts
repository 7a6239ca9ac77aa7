import type { Payload } from 'payload'

import { email as validateEmail } from 'payload/shared'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { queueContactEmails } from '@/contact/store'
import { answerContactSubmission, submitContactMessage } from '@/contact/submit'
import { deliverEmail, EmailBusyElsewhere, queueEmail } from '@/email/outbox'
import { isEmailAddress } from '@/schemas/fields'

import { startMailbox } from '../helpers/smtp'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('the contact form and the email outbox', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>> | undefined
  let port = 0
  let address = 0

  const from = () => ({ address: `198.51.100.${(address += 1)}` })
  const valid = (overrides: Record<string, string> = {}) => ({
    name: 'Robin',
    email: `robin-${Date.now()}-${Math.random().toString(16).slice(2)}@example.test`,
    topic: 'general',
    message: 'Hello team,\n\nHow do Career Centers join the platform?',
    ...overrides,
  })
  const countMessages = async () => (await payload.count({ collection: 'contact-messages', overrideAccess: true })).totalDocs
  const outboxFor = async (to: string) => (await payload.find({ collection: 'emails', where: { to: { equals: to } }, overrideAccess: true, depth: 0 })).docs

  beforeAll(async () => {
    mailbox = await startMailbox()
    port = Number(new URL(mailbox.url).port)
    payload = await startTestPayload({ SMTP_URL: mailbox.url, RATE_LIMIT_PER_HOUR: '3' })
    await payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'team@example.test' } })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  it('stores the message before answering, then queues the team notice and the sender’s confirmation once', async () => {
    const input = valid({ message: 'Is <script>alert(1)</script> & "quoting" safe here?' })
    expect(await submitContactMessage(payload, input, from())).toEqual({ ok: true })
    const stored = await payload.find({ collection: 'contact-messages', where: { email: { equals: input.email } }, overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ name: 'Robin', topic: 'general', status: 'new', notification: 'pending' })

    // Two processes sweeping at the same moment still queue each email once.
    await Promise.all([queueContactEmails(payload), queueContactEmails(payload)])
    expect((await payload.findByID({ collection: 'contact-messages', id: stored.docs[0].id, overrideAccess: true })).notification).toBe('queued')
    expect(await queueContactEmails(payload)).toBe(0)
    const queued = await outboxFor(input.email)
    expect(queued.map((email) => email.status)).toEqual(['queued'])
    expect(queued[0].html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoting&quot;')
    expect(queued[0].html).not.toContain('<script>')

    expect((await outboxFor('team@example.test')).filter((email) => email.html.includes(input.email))).toHaveLength(1)
    await payload.jobs.run({ queue: 'email', limit: 50 })
    const confirmation = await mailbox!.waitFor(input.email)
    expect(confirmation.subject).toBe('We received your message')
    expect(confirmation.text).not.toContain('team@example.test')
    const notice = mailbox!.received.find((email) => email.to.includes('team@example.test') && email.text.includes(input.email))
    expect(notice?.subject).toBe('Contact form: A general question from Robin')
    expect((await outboxFor(input.email))[0]).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('refuses bad input with a message per field and stores nothing', async () => {
    const before = await countMessages()
    const result = await submitContactMessage(payload, { name: ' ', email: 'not-an-address', topic: 'lottery', message: 'hi' }, from())
    expect(result).toEqual({
      ok: false,
      status: 400,
      errors: {
        name: 'Enter your name, or what you would like to be called.',
        email: 'Enter an email address like name@example.org, so we can answer.',
        topic: 'Choose what your message is about.',
        message: 'Write at least a sentence (10 characters or more).',
      },
    })
    expect(await countMessages()).toBe(before)
  })

  it('answers a filled honeypot as if all went well, and keeps nothing', async () => {
    const before = await countMessages()
    const input = valid({ website: 'http://spam.example' })
    expect(await submitContactMessage(payload, input, from())).toEqual({ ok: true })
    expect(await countMessages()).toBe(before)
    expect(await outboxFor(input.email)).toEqual([])
  })

  it('limits how many messages one address sends in an hour (RATE_LIMIT_PER_HOUR)', async () => {
    const sender = from()
    for (let index = 0; index < 3; index += 1) expect((await submitContactMessage(payload, valid(), sender)).ok).toBe(true)
    const refused = await submitContactMessage(payload, valid(), sender)
    expect(refused).toMatchObject({ ok: false, status: 429 })
    expect(!refused.ok && refused.errors.form).toMatch(/^Too many messages from your connection\. Please try again in \d+ minutes\.$/)
    expect((await submitContactMessage(payload, valid(), from())).ok).toBe(true)
  })

  it('keeps an email through a mail-server outage and delivers it once the server is back', async () => {
    await mailbox!.close()
    mailbox = undefined
    const to = `outage-${Date.now()}@example.test`
    await queueEmail(payload, { to, subject: 'Held through an outage', content: createElement('p', null, 'Still here'), purpose: 'test' })
    const [queued] = await outboxFor(to)

    await expect(deliverEmail(payload, String(queued.id))).rejects.toThrow()
    expect((await outboxFor(to))[0]).toMatchObject({ status: 'retrying', attempts: 1 })
    expect((await outboxFor(to))[0].lastError).toBeTruthy()

    mailbox = await startMailbox({ port })
    expect(await deliverEmail(payload, String(queued.id))).toBe('sent')
    await mailbox.waitFor(to)
    expect((await outboxFor(to))[0]).toMatchObject({ status: 'sent', attempts: 2, lastError: null })
    expect(await deliverEmail(payload, String(queued.id))).toBe('skipped')
    expect(mailbox.received.filter((email) => email.to.includes(to))).toHaveLength(1)
  })

  it('sends an email once even when two workers try to deliver it at the same moment', async () => {
    const to = `race-${Date.now()}@example.test`
    await queueEmail(payload, { to, subject: 'Only once', content: createElement('p', null, 'Once'), purpose: 'test' })
    const [queued] = await outboxFor(to)
    const outcomes = await Promise.allSettled([deliverEmail(payload, String(queued.id)), deliverEmail(payload, String(queued.id))])
    const sent = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 'sent')
    expect(sent).toHaveLength(1)
    // The other worker either found it sent, or found it in hand and left its job to retry.
    const other = outcomes.find((outcome) => !(outcome.status === 'fulfilled' && outcome.value === 'sent'))!
    if (other.status === 'rejected') expect(other.reason).toBeInstanceOf(EmailBusyElsewhere)
    else expect(other.value).toBe('skipped')
    await mailbox!.waitFor(to)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox!.received.filter((email) => email.to.includes(to))).toHaveLength(1)
  })

  it('refuses an address the collection would reject with the form’s own message, and stores nothing', async () => {
    const before = await countMessages()
    const result = await submitContactMessage(payload, valid({ email: 'robin..lee@example.test' }), from())
    expect(result).toMatchObject({ ok: false, status: 400, errors: { email: 'Enter an email address like name@example.org, so we can answer.' } })
    expect(await countMessages()).toBe(before)
  })

  it('accepts exactly the email addresses Payload’s email fields accept', () => {
    const samples = [
      'robin@example.org',
      'robin.lee+mentor@mail.example.co.uk',
      "o'neil@example.org",
      'user@ex--ample.com',
      'robin..lee@example.test',
      '.robin@example.org',
      'robin.@example.org',
      'robin@-example.org',
      'robin@example-.org',
      'robin@example..org',
      'robin@example',
      'robin@example.o',
      '"robin"@example.org',
      'robin lee@example.org',
      'robin@exa mple.org',
      '@example.org',
      'robin@',
    ]
    const payloadAccepts = (value: string) =>
      validateEmail(value, { req: { payload, t: (key: string) => key }, required: true } as unknown as Parameters<typeof validateEmail>[1]) === true
    expect(samples.map((value) => [value, isEmailAddress(value)])).toEqual(samples.map((value) => [value, payloadAccepts(value)]))
  })

  it('tells the visitor to try again when the database cannot store the message, and keeps nothing half-written', async () => {
    const before = await countMessages()
    const input = valid()
    const failing = vi.spyOn(payload.db, 'create').mockRejectedValueOnce(new Error('SQLITE_BUSY: database is locked'))
    try {
      const answer = await answerContactSubmission(payload, input, new Headers({ 'x-forwarded-for': from().address }))
      expect(answer).toEqual({
        status: 503,
        json: { errors: { form: 'Your message could not be stored just now, so nothing was sent. Please try again in a few minutes.' } },
      })
    } finally {
      failing.mockRestore()
    }
    expect(await countMessages()).toBe(before)
    await queueContactEmails(payload)
    expect(await outboxFor(input.email)).toEqual([])

    // Trying again once the database answers works, and stores the message once.
    expect(await submitContactMessage(payload, input, from())).toEqual({ ok: true })
    expect((await payload.count({ collection: 'contact-messages', where: { email: { equals: input.email } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('stores every one of a burst of simultaneous messages', async () => {
    const burst = Array.from({ length: 40 }, (_, index) => valid({ name: `Burst ${index}` }))
    const results = await Promise.all(burst.map((input, index) => submitContactMessage(payload, input, { address: `198.51.101.${index}` })))
    expect(results.every((result) => result.ok)).toBe(true)
    const stored = await payload.find({ collection: 'contact-messages', where: { name: { like: 'Burst ' } }, overrideAccess: true, limit: 100, depth: 0 })
    expect(stored.docs.map((message) => message.name).sort()).toEqual(burst.map((input) => input.name).sort())
    await queueContactEmails(payload)
    for (const input of burst.slice(0, 5)) expect(await outboxFor(input.email)).toHaveLength(1)
  })

  it('keeps the outbox and contact messages from everyone but admins', async () => {
    await expect(payload.find({ collection: 'emails', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'contact-messages', overrideAccess: false })).rejects.toThrow()
  })
})
