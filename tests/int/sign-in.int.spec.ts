import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestPasswordReset, resetPassword } from '@/accounts/password'
import { resendConfirmation, signIn } from '@/accounts/signin'
import { signUp } from '@/accounts/signup'

import { startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('signing in', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  it('issues a session for the right password, whatever the email’s capitals', async () => {
    const member = await createUser(payload, ['mentor'], { password: 'correct horse battery' })
    const result = await signIn(payload, member.email.toUpperCase(), 'correct horse battery')
    expect(result).toMatchObject({ ok: true })
  })

  it('says when the email and password do not match, without saying which', async () => {
    const member = await createUser(payload, ['mentor'])
    expect(await signIn(payload, member.email, 'wrong password!')).toEqual({
      ok: false,
      error: 'That email address and password do not match an account.',
    })
    expect(await signIn(payload, 'nobody@example.test', 'wrong password!')).toEqual({
      ok: false,
      error: 'That email address and password do not match an account.',
    })
  })

  it('locks an account after five wrong passwords and says when to try again', async () => {
    const member = await createUser(payload, ['connector'], { password: 'the real passphrase' })
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(payload, member.email, 'guess')
    const locked = await signIn(payload, member.email, 'the real passphrase')
    expect(locked.ok).toBe(false)
    expect(locked.ok ? '' : locked.error).toMatch(/locked for now\. Try again after \d{2}:\d{2} \(UTC\)/)
  })

  it('asks an unconfirmed member to confirm first, and can send a new link', async () => {
    const email = 'unconfirmed@example.test'
    const result = await signUp(payload, {
      role: 'connector',
      chosenName: 'Kai',
      email,
      password: 'a long enough passphrase',
      accepted: {},
    })
    expect(result.ok).toBe(true)
    expect(await signIn(payload, email, 'a long enough passphrase')).toMatchObject({ ok: false, unverified: true })

    // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
    await payload.jobs.run({ queue: 'email', limit: 100 })
    await mailbox.waitFor(email)
    await resendConfirmation(payload, email)
    await expect.poll(() => mailbox.received.filter((message) => message.to.includes(email)).length).toBe(2)

    // Nothing is sent for addresses without an unconfirmed account, and nothing says so.
    await resendConfirmation(payload, 'stranger@example.test')
    expect(mailbox.received.some((message) => message.to.includes('stranger@example.test'))).toBe(false)
  })

  it('resets a forgotten password through the emailed link', async () => {
    const member = await createUser(payload, ['career-candidate'], { password: 'the old passphrase' })
    await requestPasswordReset(payload, member.email.toUpperCase())
    // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
    await payload.jobs.run({ queue: 'email', limit: 100 })
    const email = await mailbox.waitFor(member.email)
    expect(email.subject).toBe('Reset your password')
    const token = /\/reset-password\?token=([A-Za-z0-9]+)/.exec(email.text)?.[1]
    expect(token).toBeDefined()

    expect(await resetPassword(payload, token!, 'short')).toMatchObject({ ok: false, field: 'password' })
    expect(await resetPassword(payload, token!, 'the new passphrase')).toMatchObject({ ok: true })
    expect(await signIn(payload, member.email, 'the new passphrase')).toMatchObject({ ok: true })
    expect(await signIn(payload, member.email, 'the old passphrase')).toMatchObject({ ok: false })
    expect(await resetPassword(payload, token!, 'another passphrase')).toEqual({
      ok: false,
      error: 'This reset link has expired or was already used. Ask for a new one below.',
    })
  })

  it('asks for a reset for an unknown address without saying so or sending anything', async () => {
    await requestPasswordReset(payload, 'nobody-here@example.test')
    expect(mailbox.received.some((message) => message.to.includes('nobody-here@example.test'))).toBe(false)
  })
})
