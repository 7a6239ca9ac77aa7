import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signIn } from '@/accounts/signin'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/**
 * An attacker guesses passwords for a list of addresses, through the sign-in page, REST
 * (`POST /api/users/login`, as the admin panel signs in) and GraphQL (`loginUser`). Whether an
 * address has an account must never show in the answers, and every address is locked alike.
 */
describe('signing in is locked alike for addresses with and without an account', () => {
  let payload: Payload
  let config: SanitizedConfig
  let counter = 0

  beforeAll(async () => {
    payload = await startTestPayload()
    config = payload.config
  })
  afterAll(() => stopTestPayload(payload))

  /** Each test from its own connection, so only the email address's count is at stake. */
  /**
   * Two locks begun seconds apart may end in different minutes: the answers are compared with
   * the time left out, and the times must be within a minute of each other.
   */
  const expectSameAnswer = (one: { body: string; retryAfter?: string | null }, other: typeof one) => {
    const timeless = ({ body, retryAfter, ...rest }: typeof one) => ({
      ...rest,
      body: body.replace(/\d{2}:\d{2}/, 'HH:MM'),
      retryAfter: retryAfter == null ? retryAfter : 'seconds',
    })
    expect(timeless(other)).toEqual(timeless(one))
    if (one.retryAfter && other.retryAfter) expect(Math.abs(Number(one.retryAfter) - Number(other.retryAfter))).toBeLessThanOrEqual(60)
  }
  const connection = () => `198.51.100.${(counter += 1)}`
  const unknownAddress = () => `nobody-${(counter += 1)}@example.test`
  const member = async () => (await createUser(payload, ['career-candidate'], { password: 'the right passphrase' })) as { id: number; email: string }

  const restLogin = async (email: string, password: string, from: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
        body: JSON.stringify({ email, password }),
      }),
    })
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }
  }
  const graphqlLogin = async (email: string, password: string, from: string) => {
    const response = await GRAPHQL_POST(Promise.resolve(config))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
        body: JSON.stringify({ query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` }),
      }),
    )
    return { status: response.status, body: await response.text() }
  }

  it('answers the sixth REST attempt for an unknown address exactly as for a member’s, even with the right password', async () => {
    const known = await member()
    const unknown = unknownAddress()
    const from = connection()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await restLogin(known.email, 'a wrong guess', from)).status).toBe(401)
      expect((await restLogin(unknown, 'a wrong guess', from)).status).toBe(401)
    }
    const lockedKnown = await restLogin(known.email, 'the right passphrase', from)
    const lockedUnknown = await restLogin(unknown, 'the right passphrase', from)
    expect(lockedKnown.status).toBe(429)
    expect(lockedKnown.body).toMatch(/locked for now\. Try again after \d{2}:\d{2} \(UTC\), or reset your password/)
    expect(Number(lockedKnown.retryAfter)).toBeGreaterThan(0)
    expectSameAnswer(lockedKnown, lockedUnknown)
  })

  it('answers GraphQL’s loginUser alike once an address is locked', async () => {
    const known = await member()
    const unknown = unknownAddress()
    const from = connection()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await graphqlLogin(known.email, 'a wrong guess', from)
      await graphqlLogin(unknown, 'a wrong guess', from)
    }
    const lockedKnown = await graphqlLogin(known.email, 'another guess', from)
    const lockedUnknown = await graphqlLogin(unknown, 'another guess', from)
    expect(lockedKnown.body).toContain('locked for now')
    expectSameAnswer(lockedKnown, lockedUnknown)
  })

  it('counts failures through REST and the sign-in page together, and tells the page the same', async () => {
    const known = await member()
    const unknown = unknownAddress()
    const from = connection()
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await restLogin(known.email, 'a wrong guess', from)
      await restLogin(unknown, 'a wrong guess', from)
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await signIn(payload, known.email, 'a wrong guess', { address: from })
      await signIn(payload, unknown, 'a wrong guess', { address: from })
    }
    const lockedKnown = await signIn(payload, known.email, 'the right passphrase', { address: from })
    const lockedUnknown = await signIn(payload, unknown.toUpperCase(), 'the right passphrase', { address: from })
    expect(lockedKnown).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Too many failed sign-ins: signing in with this email address is locked for now\./),
    })
    const asAnswer = (result: typeof lockedKnown) => ({ ok: result.ok, body: result.ok ? '' : result.error })
    expectSameAnswer(asAnswer(lockedKnown), asAnswer(lockedUnknown))
  })

  it('locks an address for every connection: a new address per guess does not help', async () => {
    const known = await member()
    for (let attempt = 0; attempt < 5; attempt += 1) await restLogin(known.email, 'a wrong guess', connection())
    expect((await restLogin(known.email, 'the right passphrase', connection())).status).toBe(429)
  })

  it('lets a member who got their password right start afresh', async () => {
    const known = await member()
    const from = connection()
    for (let attempt = 0; attempt < 4; attempt += 1) await signIn(payload, known.email, 'a wrong guess', { address: from })
    expect(await signIn(payload, known.email, 'the right passphrase', { address: from })).toMatchObject({ ok: true })
    for (let attempt = 0; attempt < 4; attempt += 1) await signIn(payload, known.email, 'a wrong guess', { address: from })
    expect(await signIn(payload, known.email, 'the right passphrase', { address: from })).toMatchObject({ ok: true })
  })

  it('hides Payload’s own lock, which only accounts get, behind the wrong-password answer', async () => {
    // Failures spread over more than the window leave Payload's lock on while the shared one is off.
    const known = await member()
    await payload.db.updateOne({ collection: 'users', id: known.id, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 10 * 60_000).toISOString() } })
    const unknown = unknownAddress()
    const from = connection()
    const rest = [await restLogin(known.email, 'the right passphrase', from), await restLogin(unknown, 'the right passphrase', from)]
    expect(rest[0]).toEqual(rest[1])
    expect(rest[0]).toMatchObject({ status: 401, body: JSON.stringify({ errors: [{ message: 'The email or password provided is incorrect.' }] }) })
    const graphql = [await graphqlLogin(known.email, 'the right passphrase', from), await graphqlLogin(unknown, 'the right passphrase', from)]
    expect(graphql[0]).toEqual(graphql[1])
    expect(graphql[0].body).toContain('The email or password provided is incorrect.')
    expect(await signIn(payload, known.email, 'the right passphrase', { address: from })).toEqual(
      await signIn(payload, unknownAddress(), 'the right passphrase', { address: from }),
    )
  })

  it('limits REST password-reset requests per inbox, as the forgot-password page does', async () => {
    const known = await member()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await handleEndpoints({
        config,
        request: new Request('http://localhost:3000/api/users/forgot-password', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': connection() },
          body: JSON.stringify({ email: known.email }),
        }),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('stops one connection trying many addresses', async () => {
    const from = connection()
    for (let attempt = 0; attempt < 30; attempt += 1) await restLogin(unknownAddress(), 'a wrong guess', from)
    const refused = await restLogin(unknownAddress(), 'a wrong guess', from)
    expect(refused.status).toBe(429)
    expect(refused.body).toContain('Too many failed sign-ins from your connection')
  })
})
