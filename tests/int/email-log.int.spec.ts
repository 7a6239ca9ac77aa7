import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { signUp } from '@/accounts/signup'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

/** Development without a mail server: SMTP_URL is unset (setup-env.ts clears it). */
describe('emails with SMTP_URL unset', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload({ SERVER_URL: 'http://localhost:3000' })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
  })

  it('prints the recipient, the subject and the plain text with its links, so a developer can follow the confirmation link', async () => {
    const logged = vi.spyOn(payload.logger, 'info')
    const email = `dev-${Date.now()}@example.test`
    const result = await signUp(payload, { role: 'career-candidate', chosenName: 'Robin', email, password: 'a long enough passphrase', accepted: {} })
    expect(result).toMatchObject({ ok: true })
    await payload.jobs.run({ queue: 'email', limit: 100 })

    const lines = logged.mock.calls.map((call) => call.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '))
    const entry = lines.find((line) => line.includes('Email not sent (SMTP_URL is unset)') && line.includes(email))
    expect(entry).toBeDefined()
    expect(entry).toContain('Subject: Confirm your email address')
    expect(entry).toMatch(/Confirm my email address http:\/\/localhost:3000\/verify\?token=[a-f0-9]+/)
    expect(entry).not.toContain('<p')

    const [stored] = (await payload.find({ collection: 'emails', where: { to: { equals: email } }, overrideAccess: true })).docs
    expect(stored.status).toBe('logged')
  })
})
