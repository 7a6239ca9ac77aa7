import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { readEmail, waitForSavedEmail, type ReceivedEmail } from '../helpers/smtp'
import { baseURL } from './browser'

/**
 * POST /api/contact-messages/submit on the production server (`next start`), a Payload endpoint
 * like any other. Each test writes from its own address (X-Forwarded-For, as the proxy in front
 * writes it) so that the hourly limit of one does not touch another.
 */
const admin = demoAccounts.find((account) => account.roles.includes('admin'))!

let adminToken: string

const submit = (body: string, address: string, contentType = 'application/json') =>
  fetch(`${baseURL()}/api/contact-messages/submit`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Forwarded-For': address },
    body,
  })

async function storedFrom(email: string): Promise<{ name: string; email: string; message: string; topic: string }[]> {
  const response = await fetch(`${baseURL()}/api/contact-messages?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
    headers: { Authorization: `JWT ${adminToken}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { name: string; email: string; message: string; topic: string }[] }).docs
}

function savedEmailsTo(address: string): ReceivedEmail[] {
  const directory = inject('mailDir')
  return fs
    .readdirSync(directory)
    .map((file) => JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as ReceivedEmail)
    .filter((email) => email.to.includes(address))
}

describe('the contact form’s API on the production server', () => {
  beforeAll(async () => {
    const response = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    })
    adminToken = ((await response.json()) as { token: string }).token
  })

  it('stores a message, answers 201 with the site’s security headers, and both emails arrive once', async () => {
    const email = `api-sender-${Date.now()}@example.test`
    const response = await submit(
      JSON.stringify({ name: 'Rowan <b>API</b>', email, topic: 'general', message: 'Is there a mentor who knows the film industry?' }),
      '203.0.113.10',
    )
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ message: 'Thank you: your message is received. A confirmation is on its way to your inbox.' })
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")

    // Stored before the answer came back.
    expect(await storedFrom(email)).toMatchObject([
      { name: 'Rowan <b>API</b>', email, topic: 'general', message: 'Is there a mentor who knows the film industry?' },
    ])

    const confirmation = await waitForSavedEmail(inject('mailDir'), email, 30_000)
    expect(confirmation.subject).toBe('We received your message')
    const notice = await waitForSavedEmail(inject('mailDir'), 'hello@example.org', 30_000, 'Contact form: A general question from Rowan <b>API</b>')
    // The HTML part shows the name as text (escaped); the plain-text part and the subject are plain text anyway.
    const { html, text } = await readEmail(notice)
    expect(html).toContain('Rowan &lt;b&gt;API&lt;/b&gt;')
    expect(html).not.toContain('<b>API</b>')
    expect(text).toContain('Rowan <b>API</b>')
    // A later look finds no second copy.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(savedEmailsTo(email)).toHaveLength(1)
  })

  it('answers 400 with what to fix for each field, and stores nothing', async () => {
    const email = `api-invalid-${Date.now()}@example.test`
    const response = await submit(JSON.stringify({ name: '', email, topic: 'lottery', message: 'Hi' }), '203.0.113.11')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: {
        name: 'Enter your name, or what you would like to be called.',
        topic: 'Choose what your message is about.',
        message: 'Write at least a sentence (10 characters or more).',
      },
    })
    expect(await storedFrom(email)).toEqual([])
  })

  it('answers 400 to a body that is not JSON, and to one far larger than any message, saying the limit', async () => {
    const notJSON = await submit('name=Rowan&email=rowan@example.test', '203.0.113.12', 'application/x-www-form-urlencoded')
    expect(notJSON.status).toBe(400)
    expect(await notJSON.json()).toEqual({ errors: { form: 'Send the message as JSON.' } })

    const email = `api-large-${Date.now()}@example.test`
    const large = await submit(JSON.stringify({ name: 'Rowan', email, topic: 'general', message: 'x'.repeat(100_000) }), '203.0.113.12')
    expect(large.status).toBe(400)
    expect(((await large.json()) as { errors: { message?: string } }).errors.message).toMatch(/^Keep the message to 5,000 characters/)
    expect(await storedFrom(email)).toEqual([])
  })

  it('pretends to accept what a bot puts in the hidden field, and stores and sends nothing', async () => {
    const email = `api-bot-${Date.now()}@example.test`
    const response = await submit(
      JSON.stringify({ name: 'Bot', email, topic: 'general', message: 'Buy followers now, cheap and fast!', website: 'https://spam.example' }),
      '203.0.113.13',
    )
    expect(response.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await storedFrom(email)).toEqual([])
    expect(savedEmailsTo(email)).toEqual([])
  })

  it('refuses an address past its hourly limit with 429 and when to try again, storing nothing refused', async () => {
    // 10 an hour from one address by default, counted for the whole deployment: 21 at once are
    // more than that, however the server handles them.
    const stamp = Date.now()
    const responses = await Promise.all(
      Array.from({ length: 21 }, async (_, index) => {
        const email = `api-flood-${stamp}-${index}@example.test`
        const response = await submit(
          JSON.stringify({ name: 'Flood', email, topic: 'general', message: `Message number ${index} in a flood.` }),
          '203.0.113.14',
        )
        return { email, status: response.status, body: (await response.json()) as { errors?: { form?: string } } }
      }),
    )
    const refused = responses.filter((response) => response.status === 429)
    expect(refused.length).toBeGreaterThanOrEqual(1)
    expect(responses.every((response) => response.status === 201 || response.status === 429)).toBe(true)
    expect(refused[0].body.errors?.form).toMatch(/^Too many messages from your connection\. Please try again in \d+ minutes\.$/)
    for (const response of refused) expect(await storedFrom(response.email)).toEqual([])

    // Another address is unaffected.
    const other = await submit(
      JSON.stringify({ name: 'Neighbour', email: `api-other-${stamp}@example.test`, topic: 'general', message: 'A different visitor writes.' }),
      '203.0.113.15',
    )
    expect(other.status).toBe(201)
  })
})
