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

  it('tells each refusal apart when Payload’s errors come from the other bundled copy of Payload', async () => {
    // In the production build, pages and API routes each bundle Payload; the instance both share
    // throws the classes of the copy that started it, which `instanceof` in the other rejects.
    const asOtherCopy = (error: unknown) => {
      const { message, status, data } = error as { message: string; status: number; data: unknown }
      return Object.assign(new Error(message), { status, data, isOperational: true })
    }
    const otherCopy = {
      ...payload,
      login: (...args: Parameters<Payload['login']>) => payload.login(...args).catch((error) => Promise.reject(asOtherCopy(error))),
    } as Payload

    const member = await createUser(payload, ['mentor'], { password: 'the right passphrase' })
    expect(await signIn(otherCopy, member.email, 'not the passphrase')).toEqual({
      ok: false,
      error: 'That email address and password do not match an account.',
    })
    for (let attempt = 0; attempt < 4; attempt += 1) await signIn(otherCopy, member.email, 'guess')
    expect(await signIn(otherCopy, member.email, 'the right passphrase')).toMatchObject({ ok: false, error: expect.stringContaining('locked for now') })

    const email = 'unconfirmed-other-copy@example.test'
    await signUp(payload, { role: 'connector', chosenName: 'Ash', email, password: 'a long enough passphrase', accepted: {} })
    expect(await signIn(otherCopy, email, 'a long enough passphrase')).toMatchObject({ ok: false, unverified: true })
    // Anything else is not a refusal to explain: it goes on up.
    const broken = { ...payload, login: () => Promise.reject(new Error('database unreachable')) } as unknown as Payload
    await expect(signIn(broken, member.email, 'the right passphrase')).rejects.toThrow('database unreachable')
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
