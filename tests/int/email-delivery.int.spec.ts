import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEmail, startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('email through SMTP_URL', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({
      SMTP_URL: mailbox.url,
      EMAIL_FROM: 'Pride Career Network <team@example.test>',
      SERVER_URL: 'http://platform.example.test',
    })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  it('delivers a password-reset link to the member who asked, from the configured sender', async () => {
    const staff = await createUser(payload, ['career-center-staff'])
    await payload.forgotPassword({ collection: 'users', data: { email: staff.email } })

    const email = await mailbox.waitFor(staff.email)
    expect(email.from).toBe('team@example.test')
    expect(email.subject).toBe('Reset your password')
    expect(email.text).toMatch(/http:\/\/platform\.example\.test\/reset-password\?token=[A-Za-z0-9]+/)
    expect(mailbox.received.filter((message) => message.to.includes(staff.email))).toHaveLength(1)
  })

  it('gives Payload’s own reset email (as /admin sends it) a plain-text part with the link beside the HTML', async () => {
    const staff = await createUser(payload, ['career-center-staff'], { chosenName: 'Dana' })
    await payload.forgotPassword({ collection: 'users', data: { email: staff.email } })

    const email = await readEmail(await mailbox.waitFor(staff.email))
    expect(email.contentType).toBe('multipart/alternative')
    expect(email.partTypes).toEqual(expect.arrayContaining(['text/plain', 'text/html']))
    const link = /http:\/\/platform\.example\.test\/reset-password\?token=[A-Za-z0-9]+/.exec(email.text)?.[0]
    expect(link).toBeDefined()
    expect(email.text).toContain('Hello Dana,')
    expect(email.text).toContain(`Choose a new password ${link}`)
    expect(email.html).toContain(`href="${link}"`)
  })
})
