import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { policiesToAccept, signUp } from '@/accounts/signup'

import { paragraphs } from '../helpers/lexical'
import { startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('joining the platform', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  const accepted = { 'code-of-conduct': 2, 'professional-use-policy': 1 }

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url, SERVER_URL: 'http://careers.example.test' })
    const publish = (slug: string, title: string, requiredFor: string[], text: string) =>
      payload.create({
        collection: 'policies',
        data: { slug, title, body: paragraphs(text), requiredFor: requiredFor as never, _status: 'published' },
      })
    await publish('professional-use-policy', 'Professional Use Policy', ['career-candidate', 'mentor'], 'Be professional.')
    const conduct = await publish('code-of-conduct', 'Code of Conduct', ['career-candidate'], 'Be kind.')
    await payload.update({ collection: 'policies', id: conduct.id, data: { body: paragraphs('Be kind and safe.'), _status: 'published' } })
    await publish('staff-handbook', 'Staff Handbook', ['career-center-staff'], 'Not for students.')
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  const student = (overrides: Partial<Parameters<typeof signUp>[1]> = {}) => ({
    role: 'career-candidate',
    chosenName: 'Robin',
    email: `robin-${Math.random().toString(36).slice(2, 8)}@example.test`,
    password: 'a long enough passphrase',
    accepted,
    ...overrides,
  })

  it('asks each role to accept only the published policies that apply to it, at their current version', async () => {
    expect((await policiesToAccept(payload, 'career-candidate')).map((policy) => [policy.slug, policy.versionNumber])).toEqual([
      ['code-of-conduct', 2],
      ['professional-use-policy', 1],
    ])
    expect((await policiesToAccept(payload, 'mentor')).map((policy) => policy.slug)).toEqual(['professional-use-policy'])
  })

  it('creates an unconfirmed account with its acceptances and emails a confirmation link', async () => {
    const input = student({ pronouns: 'they/them' })
    const result = await signUp(payload, input)
    expect(result).toMatchObject({ ok: true, emailSent: true })
    if (!result.ok) return

    const user = await payload.findByID({ collection: 'users', id: result.userId })
    expect(user).toMatchObject({ chosenName: 'Robin', pronouns: 'they/them', roles: ['career-candidate'], _verified: false })

    const { docs } = await payload.find({ collection: 'policy-acceptances', where: { user: { equals: result.userId } }, depth: 1 })
    expect(docs.map((doc) => [(doc.policy as { slug: string }).slug, doc.versionNumber]).sort()).toEqual([
      ['code-of-conduct', 2],
      ['professional-use-policy', 1],
    ])

    // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
    await payload.jobs.run({ queue: 'email', limit: 100 })
    const email = await mailbox.waitFor(input.email)
    expect(email.subject).toBe('Confirm your email address')
    const token = /http:\/\/careers\.example\.test\/verify\?token=([a-f0-9]+)/.exec(email.text)?.[1]
    expect(token).toBeDefined()

    await expect(payload.login({ collection: 'users', data: { email: input.email, password: input.password } })).rejects.toThrow(/verify/i)
    await payload.verifyEmail({ collection: 'users', token: token! })
    const session = await payload.login({ collection: 'users', data: { email: input.email, password: input.password } })
    expect(session.token).toBeTruthy()
  })

  it('explains each problem next to its field and writes nothing', async () => {
    const before = await Promise.all([payload.count({ collection: 'users' }), payload.count({ collection: 'policy-acceptances' })])
    const result = await signUp(payload, {
      role: 'admin',
      chosenName: ' ',
      email: 'not-an-email',
      password: 'short',
      pronouns: 'x'.repeat(41),
      accepted: {},
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['chosenName', 'email', 'password', 'pronouns', 'role'])

    const missing = await signUp(payload, student({ accepted: { 'professional-use-policy': 1 } }))
    expect(missing).toEqual({ ok: false, errors: { 'accept-code-of-conduct': 'Please read and accept the Code of Conduct to join.' } })

    const stale = await signUp(payload, student({ accepted: { 'code-of-conduct': 1, 'professional-use-policy': 1 } }))
    expect(stale.ok ? '' : stale.errors['accept-code-of-conduct']).toMatch(/changed while you were signing up.*version 2/)

    const after = await Promise.all([payload.count({ collection: 'users' }), payload.count({ collection: 'policy-acceptances' })])
    expect(after).toEqual(before)
  })

  it('refuses an email that already has an account', async () => {
    const existing = await createUser(payload, ['mentor'])
    const result = await signUp(payload, student({ email: existing.email.toUpperCase() }))
    expect(result.ok ? '' : result.errors.email).toMatch(/already exists/)
  })

  it('keeps acceptances append-only and private to their member', async () => {
    const result = await signUp(payload, student())
    if (!result.ok) throw new Error('sign-up failed')
    const member = await payload.findByID({ collection: 'users', id: result.userId })
    const admin = await createUser(payload, ['admin'])
    const other = await createUser(payload, ['career-candidate'])

    const { docs: own } = await payload.find({ collection: 'policy-acceptances', overrideAccess: false, user: member })
    expect(own).toHaveLength(2)
    const { docs: others } = await payload.find({ collection: 'policy-acceptances', overrideAccess: false, user: other })
    expect(others).toHaveLength(0)
    await expect(payload.find({ collection: 'policy-acceptances', overrideAccess: false })).rejects.toThrow(/not allowed/i)

    await expect(
      payload.update({ collection: 'policy-acceptances', id: own[0].id, data: { versionNumber: 9 }, overrideAccess: false, user: admin }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'policy-acceptances', id: own[0].id, overrideAccess: false, user: admin })).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'policy-acceptances',
        data: { user: member.id, policy: own[0].policy as number, versionNumber: 1, acceptedAt: new Date().toISOString() },
        overrideAccess: false,
        user: member,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
