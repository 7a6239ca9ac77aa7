import http from 'node:http'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { startShippedProxy } from '../helpers/nginx'

import { freePort, productionEnvironment, startServer } from '../../scripts/production-server'
import { baseURL } from './browser'

/**
 * An attacker against the production build: rewriting X-Forwarded-For to reset the contact
 * form's limit, guessing passwords to learn which addresses have accounts, and spreading guesses
 * over two servers. The suite's server is reached as if through a proxy (its tests write
 * X-Forwarded-For, as the proxy would). A second `next start` on the same database and build sits
 * behind the shipped nginx configuration, which overwrites the header with the address it sees,
 * and is reached from another loopback address (127.0.0.2) so that its counts touch no other
 * test's.
 */
const admin = demoAccounts.find((account) => account.roles.includes('admin'))!

type Answer = { status: number; retryAfter: string | null; body: string }

/** A POST from a chosen local address (Node's fetch cannot choose one). */
function post(url: string, body: unknown, headers: Record<string, string> = {}, localAddress = '127.0.0.1'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = http.request(
      url,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), ...headers } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, body: text }))
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** Two locks begun seconds apart may end in different minutes: compared with the time left out. */
function expectSameAnswer(one: Answer, other: Answer) {
  const timeless = (answer: Answer) => ({
    ...answer,
    body: answer.body.replace(/\d{2}:\d{2}/, 'HH:MM'),
    retryAfter: answer.retryAfter === null ? null : 'seconds',
  })
  expect(timeless(other)).toEqual(timeless(one))
  if (one.retryAfter && other.retryAfter) expect(Math.abs(Number(one.retryAfter) - Number(other.retryAfter))).toBeLessThanOrEqual(60)
}

describe('limits on the production server hold against an attacker', () => {
  let otherServer: Awaited<ReturnType<typeof startServer>>
  /** The second server as visitors reach it: through nginx. */
  let other: Awaited<ReturnType<typeof startShippedProxy>>
  let adminToken: string
  let counter = 0
  /** A fresh client address for the suite's server, as a proxy in front of it would write it. */
  const viaProxy = () => ({ 'X-Forwarded-For': `198.51.100.${(counter += 1)}` })

  beforeAll(async () => {
    const port = await freePort()
    otherServer = await startServer({ ...productionEnvironment(), ...inject('serverEnv'), SMTP_URL: '' }, port)
    other = await startShippedProxy(port)
    const login = await post(`${baseURL()}/api/users/login`, { email: admin.email, password: admin.password })
    adminToken = (JSON.parse(login.body) as { token: string }).token
  }, 240_000)
  afterAll(async () => {
    await other?.stop()
    await otherServer?.stop()
  })

  const memberWithAccount = async () => {
    const email = `limits-member-${Date.now()}-${(counter += 1)}@example.test`
    const created = await post(
      `${baseURL()}/api/users`,
      { email, password: 'the right passphrase', chosenName: 'Robin', roles: ['career-candidate'], _verified: true },
      { Authorization: `JWT ${adminToken}` },
    )
    expect(created.status).toBe(201)
    return email
  }
  const unknownAddress = () => `limits-nobody-${Date.now()}-${(counter += 1)}@example.test`

  it('keeps the contact form’s hourly limit behind the shipped proxy when each submission claims another X-Forwarded-For, or an empty one', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 12; index += 1) {
      const claim = index % 3 === 2 ? '' : `203.0.113.${index + 1}`
      const answer = await post(
        `${other.url}/api/contact-messages/submit`,
        { name: 'Spammer', email: `victim-${index}-${Date.now()}@example.test`, topic: 'general', message: 'Click this link to claim your prize.' },
        { 'X-Forwarded-For': claim },
        '127.0.0.2',
      )
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429])
  })

  it('answers the sixth REST sign-in for an address without an account exactly as for a member’s', async () => {
    const known = await memberWithAccount()
    const unknown = unknownAddress()
    const from = viaProxy()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await post(`${baseURL()}/api/users/login`, { email: known, password: 'a wrong guess' }, from)
      await post(`${baseURL()}/api/users/login`, { email: unknown, password: 'a wrong guess' }, from)
    }
    const lockedKnown = await post(`${baseURL()}/api/users/login`, { email: known, password: 'the right passphrase' }, from)
    const lockedUnknown = await post(`${baseURL()}/api/users/login`, { email: unknown, password: 'the right passphrase' }, from)
    expect(lockedKnown.status).toBe(429)
    expect(lockedKnown.body).toMatch(/locked for now\. Try again after \d{2}:\d{2} \(UTC\)/)
    expectSameAnswer(lockedKnown, lockedUnknown)

    const graphql = (email: string) =>
      post(`${baseURL()}/api/graphql`, { query: `mutation { loginUser(email: "${email}", password: "another guess") { token } }` }, from)
    const [graphqlKnown, graphqlUnknown] = [await graphql(known), await graphql(unknown)]
    expect(graphqlKnown.body).toContain('locked for now')
    expectSameAnswer(graphqlKnown, graphqlUnknown)
  })

  it('answers Payload’s own lock, which only accounts get, as a wrong password, in the bundled build too', async () => {
    const known = await memberWithAccount()
    // Failures spread over more than the window leave Payload's lock on while the shared one is
    // off; set that state directly, through Payload on the server's database.
    Object.assign(process.env, inject('serverEnv'), { PAYLOAD_JOBS_AUTORUN: 'false' })
    await import('@payloadcms/richtext-lexical/lexical') // first and alone, as scripts/preload-lexical.mjs explains
    const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
    const payload = await getPayload({ config })
    await payload.db.updateMany({
      collection: 'users',
      where: { email: { equals: known } },
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 10 * 60_000).toISOString() },
    })
    await payload.destroy()
    const unknown = unknownAddress()
    const from = viaProxy()
    const rest = [
      await post(`${baseURL()}/api/users/login`, { email: known, password: 'the right passphrase' }, from),
      await post(`${baseURL()}/api/users/login`, { email: unknown, password: 'the right passphrase' }, from),
    ]
    expect(rest[0]).toEqual(rest[1])
    expect(rest[0].status).toBe(401)
    const graphql = (email: string) =>
      post(`${baseURL()}/api/graphql`, { query: `mutation { loginUser(email: "${email}", password: "the right passphrase") { token } }` }, from)
    const answers = [await graphql(known), await graphql(unknown)]
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0].body).not.toContain('locked')
  })

  it('counts guesses at one address together, whichever server answers them', async () => {
    const target = unknownAddress()
    for (let attempt = 0; attempt < 3; attempt += 1) await post(`${baseURL()}/api/users/login`, { email: target, password: 'a wrong guess' }, viaProxy())
    for (let attempt = 0; attempt < 2; attempt += 1) await post(`${other.url}/api/users/login`, { email: target, password: 'a wrong guess' }, {}, '127.0.0.2')
    expect((await post(`${baseURL()}/api/users/login`, { email: target, password: 'another guess' }, viaProxy())).status).toBe(429)
    expect((await post(`${other.url}/api/users/login`, { email: target, password: 'another guess' }, {}, '127.0.0.2')).status).toBe(429)
  })
})
