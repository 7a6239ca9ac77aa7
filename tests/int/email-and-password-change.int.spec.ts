import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmEmailChange, requestEmailChange, undoEmailChange } from '@/accounts/email-change'
import { changePassword } from '@/accounts/password'
import { signIn } from '@/accounts/signin'

import type { User } from '../../payload-types'
import { startMailbox, type ReceivedEmail } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Changing the address and the password of an account. A member's address changes only once
 * the new address is confirmed from the emailed link, and the old address can undo it; a new
 * password needs the current one. Payload's own REST and GraphQL updates are tried as a member
 * (or an intruder holding their session) would.
 */

const password = 'a-long-test-password'
const day = 24 * 60 * 60 * 1000

describe('changing the email address and the password', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let counter = 0

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  const newMember = async (roles = ['career-candidate']) => (await createUser(payload, roles)) as User
  const freshAddress = () => `new-${(counter += 1)}-${Date.now()}@example.test`
  const tokenOf = async (member: User) => {
    const { token } = await payload.login({ collection: 'users', data: { email: member.email, password } })
    return token!
  }
  // The config is imported once SMTP_URL is set (startTestPayload), so emails reach the mailbox.
  const rest = async (path: string, token: string | undefined, init: RequestInit = {}) =>
    handleEndpoints({
      config: (await import('@payload-config')).default,
      request: new Request(`http://localhost:3000/api${path}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      }),
    })
  const graphql = async (query: string, token: string) =>
    GRAPHQL_POST(Promise.resolve((await import('@payload-config')).default))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ query }),
      }),
    )
  const patchUser = (member: User, token: string, data: object) => rest(`/users/${member.id}`, token, { method: 'PATCH', body: JSON.stringify(data) })
  const emailOf = async (member: User) => (await payload.findByID({ collection: 'users', id: member.id, depth: 0, overrideAccess: true })).email
  /** Sends what the outbox holds, then waits for the message to `to` with `subject`. */
  const mailTo = async (to: string, subject: string): Promise<ReceivedEmail> => {
    await payload.jobs.run({ queue: 'email', limit: 100 })
    await expect.poll(() => mailbox.received.some((email) => email.to.includes(to) && email.subject === subject), { timeout: 15_000 }).toBe(true)
    return mailbox.received.find((email) => email.to.includes(to) && email.subject === subject)!
  }
  const linkToken = (email: ReceivedEmail, path: string) => new RegExp(`${path}\\?token=([a-f0-9]{64})`).exec(email.text)![1]

  it('refuses a member’s own REST update of their address, and they keep signing in with the old one', async () => {
    const member = await newMember()
    const taken = freshAddress()
    const response = await patchUser(member, await tokenOf(member), { email: taken })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain('/account/email')
    expect(await emailOf(member)).toBe(member.email)
    expect(await signIn(payload, taken, password)).toMatchObject({ ok: false })
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: true })
  })

  it('refuses the change and a new password through GraphQL’s updateUser', async () => {
    const member = await newMember()
    const token = await tokenOf(member)
    const viaEmail = await (
      await graphql(`mutation { updateUser(id: ${JSON.stringify(member.id)}, data: { email: "${freshAddress()}" }) { email } }`, token)
    ).json()
    expect(JSON.stringify(viaEmail)).toContain('/account/email')
    const viaPassword = await (
      await graphql(`mutation { updateUser(id: ${JSON.stringify(member.id)}, data: { password: "an intruder's password" }) { email } }`, token)
    ).json()
    expect(JSON.stringify(viaPassword)).toContain('/account/password')
    expect(await emailOf(member)).toBe(member.email)
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: true })
  })

  it('refuses the same change through the local API with the member’s access, as pages and GraphQL run it', async () => {
    const member = await newMember(['mentor'])
    await expect(
      payload.update({ collection: 'users', id: member.id, data: { email: freshAddress() }, overrideAccess: false, user: member }),
    ).rejects.toMatchObject({ status: 403 })
    // Saving the rest of the account (the admin panel sends the unchanged address along) still works.
    const saved = await payload.update({
      collection: 'users',
      id: member.id,
      data: { email: member.email.toUpperCase(), chosenName: 'Renamed' },
      overrideAccess: false,
      user: member,
    })
    expect(saved.chosenName).toBe('Renamed')
  })

  it('keeps the new address pending until its link is followed, and tells the old address', async () => {
    const member = await newMember()
    const newEmail = freshAddress()
    expect(await requestEmailChange(payload, member, { newEmail, currentPassword: 'not my password' })).toEqual({
      ok: false,
      errors: { currentPassword: 'That is not your current password.' },
    })
    expect(await requestEmailChange(payload, member, { newEmail, currentPassword: password })).toEqual({ ok: true, newEmail })

    const confirmation = await mailTo(newEmail, 'Confirm your new email address')
    const notice = await mailTo(member.email, 'Your email address is about to change')
    expect(notice.text).toContain(newEmail)
    expect(notice.text).toMatch(/\/account\/email\/undo\?token=[a-f0-9]{64}/)

    // Until the link is followed, the account signs in with its old address only.
    expect(await emailOf(member)).toBe(member.email)
    expect(await signIn(payload, newEmail, password)).toMatchObject({ ok: false })
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: true })

    // The token is stored hashed: the link's token appears nowhere in the database.
    const token = linkToken(confirmation, '/account/email/confirm')
    const stored = await payload.find({ collection: 'email-changes', where: { user: { equals: member.id } }, overrideAccess: true, showHiddenFields: true })
    expect(JSON.stringify(stored.docs)).not.toContain(token)

    expect(await confirmEmailChange(payload, token)).toEqual({ ok: true, email: newEmail })
    expect(await signIn(payload, newEmail, password)).toMatchObject({ ok: true })
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: false })
    // A link works once.
    expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'used' })
  })

  it('lets the old address cancel a change that is still pending', async () => {
    const member = await newMember()
    const newEmail = freshAddress()
    await requestEmailChange(payload, member, { newEmail, currentPassword: password })
    const confirmation = await mailTo(newEmail, 'Confirm your new email address')
    const notice = await mailTo(member.email, 'Your email address is about to change')

    expect(await undoEmailChange(payload, linkToken(notice, '/account/email/undo'))).toMatchObject({ ok: true, outcome: 'cancelled' })
    expect(await confirmEmailChange(payload, linkToken(confirmation, '/account/email/confirm'))).toEqual({ ok: false, reason: 'used' })
    expect(await emailOf(member)).toBe(member.email)
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: true })
  })

  it('puts the old address back after a confirmed change, signs every session out and sends a reset link', async () => {
    const member = await newMember()
    const session = await tokenOf(member)
    const intruder = freshAddress()
    await requestEmailChange(payload, member, { newEmail: intruder, currentPassword: password })
    await confirmEmailChange(payload, linkToken(await mailTo(intruder, 'Confirm your new email address'), '/account/email/confirm'))
    expect(await emailOf(member)).toBe(intruder)

    const notice = await mailTo(member.email, 'Your email address is about to change')
    expect(await undoEmailChange(payload, linkToken(notice, '/account/email/undo'))).toMatchObject({ ok: true, outcome: 'restored', email: member.email })
    expect(await emailOf(member)).toBe(member.email)
    // Whoever changed it knew the password: it no longer works, and neither does any session.
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: false })
    expect(await signIn(payload, intruder, password)).toMatchObject({ ok: false })
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${session}` }) })
    expect(user).toBeNull()
    const reset = await mailTo(member.email, 'Reset your password')
    expect(reset.text).toMatch(/\/reset-password\?token=/)
  })

  it('lets a confirmation link expire after a day', async () => {
    const member = await newMember()
    const newEmail = freshAddress()
    await requestEmailChange(payload, member, { newEmail, currentPassword: password })
    const token = linkToken(await mailTo(newEmail, 'Confirm your new email address'), '/account/email/confirm')
    expect(await confirmEmailChange(payload, token, new Date(Date.now() + day + 60_000))).toEqual({ ok: false, reason: 'expired' })
    expect(await emailOf(member)).toBe(member.email)
  })

  it('refuses an address another account uses, without changing anything', async () => {
    const member = await newMember()
    const other = await newMember()
    expect(await requestEmailChange(payload, member, { newEmail: other.email, currentPassword: password })).toMatchObject({
      ok: false,
      errors: { email: expect.stringContaining('Another account') },
    })
  })

  it('lets an admin set a member’s address directly', async () => {
    const admin = await newMember(['admin'])
    const member = await newMember()
    const newEmail = freshAddress()
    const response = await patchUser(member, await tokenOf(admin), { email: newEmail })
    expect(response.status).toBe(200)
    expect(await emailOf(member)).toBe(newEmail)
  })

  it('refuses a new password through REST or the local API without the current one', async () => {
    const member = await newMember(['connector'])
    const response = await patchUser(member, await tokenOf(member), { password: 'a password chosen by an intruder' })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain('/account/password')
    await expect(
      payload.update({ collection: 'users', id: member.id, data: { password: 'another intruder password' }, overrideAccess: false, user: member }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: true })
    expect(await signIn(payload, member.email, 'a password chosen by an intruder')).toMatchObject({ ok: false })
  })

  it('changes the password with the current one, ends other sessions and tells the member', async () => {
    const member = await newMember()
    const otherDevice = await tokenOf(member)
    expect(await changePassword(payload, member, 'wrong current password', 'my brand new passphrase')).toEqual({
      ok: false,
      errors: { currentPassword: 'That is not your current password.' },
    })
    const changed = await changePassword(payload, member, password, 'my brand new passphrase')
    expect(changed).toMatchObject({ ok: true, token: expect.any(String) })
    expect(await signIn(payload, member.email, 'my brand new passphrase')).toMatchObject({ ok: true })
    expect(await signIn(payload, member.email, password)).toMatchObject({ ok: false })
    expect((await payload.auth({ headers: new Headers({ Authorization: `JWT ${otherDevice}` }) })).user).toBeNull()
    const notice = await mailTo(member.email, 'Your password was changed')
    expect(notice.text).toContain('/forgot-password')
  })
})
