import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { paragraphs } from '../helpers/lexical'
import { startMailbox, type ReceivedEmail } from '../helpers/smtp'

import { startStack, type Stack } from '../../scripts/stack'

/**
 * The deployment for more than one machine, started here without Docker (scripts/stack.ts, the
 * topology of docker-compose.yml): two web instances (`next start`, JOBS_WORKER=separate) on one
 * database and one Redis, one jobs worker, nginx in front with the shipped configuration. It
 * runs its own stack, next to the suite's single server.
 */
const account = (email: string) => demoAccounts.find((candidate) => candidate.email === email)!
const admin = account('admin@example.org')
const run = Date.now().toString(36)

let stack: Stack
let A: string
let B: string
type Mailbox = Awaited<ReturnType<typeof startMailbox>>
let mailbox: Mailbox
// The mail server before and after its restart: what each received.
const mailboxes: Mailbox[] = []
let adminToken: string

const json = (body: unknown, address?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(address ? { 'X-Forwarded-For': address } : {}) },
  body: JSON.stringify(body),
})

async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, json({ email, password }))
  if (response.status !== 200) throw new Error(`Signing in as ${email} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** A contact-form message from its own address and email, so no limit is shared between them. */
const contact = (url: string, n: number, label: string) =>
  fetch(
    `${url}/api/contact-messages/submit`,
    json(
      { name: `Sender ${n}`, email: `mi-${run}-${label}-${n}@example.test`, topic: 'general', message: `Message number ${n} for the multi-instance test.` },
      `198.18.${Math.floor(n / 250) + (label === 'burst' ? 100 : label === 'down' ? 50 : 0)}.${(n % 250) + 1}`,
    ),
  )

async function storedContactEmails(label: string): Promise<string[]> {
  const emails: string[] = []
  // Asked of B: the last test stops A. The API answers at most 250 at a time.
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${B}/api/contact-messages?where[email][contains]=mi-${run}-${label}-&limit=100&page=${page}&depth=0`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    if (response.status !== 200) throw new Error(`Listing contact messages answered ${response.status}: ${await response.text()}`)
    const { docs, hasNextPage } = (await response.json()) as { docs: { email: string }[]; hasNextPage: boolean }
    emails.push(...docs.map((doc) => doc.email))
    if (!hasNextPage) return emails
  }
}

const receivedBy = (address: string) => mailboxes.flatMap((box): ReceivedEmail[] => box.received).filter((email) => email.to.includes(address)).length

/** Waits until every address has its confirmation; then a little longer, so a second copy would show. */
async function waitForConfirmations(addresses: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (addresses.some((address) => receivedBy(address) === 0)) {
    if (Date.now() > deadline) {
      const missing = addresses.filter((address) => receivedBy(address) === 0)
      throw new Error(
        `${missing.length} of ${addresses.length} confirmations never arrived (e.g. ${missing[0]}); worker log:\n${stack.logTail('worker', 3000)}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await new Promise((resolve) => setTimeout(resolve, 12_000))
}

async function openMailbox(port = 0): Promise<void> {
  mailbox = await startMailbox({ port })
  mailboxes.push(mailbox)
}

describe('two web instances, one worker, one database, one Redis, behind nginx', () => {
  beforeAll(async () => {
    await openMailbox()
    stack = await startStack({
      instances: 2,
      realIpFrom: '127.0.0.1',
      env: { SMTP_URL: mailbox.url, RATE_LIMIT_PER_HOUR: '1000' },
    })
    ;[A, B] = stack.instances.map((instance) => instance.url)
    adminToken = await signIn(A, admin.email, admin.password)
  }, 900_000)

  afterAll(async () => {
    await stack?.stop()
    await mailbox?.close()
  })

  it('serves a policy published through instance A from instance B within moments, and through nginx within two seconds', async () => {
    const page = '/policies/code-of-conduct'
    const wording = `Members treat one another with care (${run}).`
    // Both instances and nginx have the page cached before the publish.
    for (const url of [A, B, stack.url, stack.url]) {
      const before = await fetch(`${url}${page}`)
      expect(before.status).toBe(200)
      expect(await before.text()).not.toContain(wording)
    }
    expect((await fetch(`${stack.url}${page}`)).headers.get('x-cache-status')).toBe('HIT')

    const found = await fetch(`${A}/api/policies?where[slug][equals]=code-of-conduct&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
    const policy = ((await found.json()) as { docs: { id: string | number }[] }).docs[0]
    const published = await fetch(`${A}/api/policies/${policy.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ body: paragraphs(wording), changeSummary: 'Care for one another.', _status: 'published' }),
    })
    expect(published.status).toBe(200)
    const publishedAt = Date.now()

    // Next answers the PATCH before its revalidation reaches Redis (the route's waitUntil): B may
    // serve the old page for a moment.
    let fromB = ''
    while (!fromB.includes(wording) && Date.now() - publishedAt < 5_000) {
      fromB = await (await fetch(`${B}${page}`)).text()
      if (!fromB.includes(wording)) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(fromB).toContain(wording)

    let throughNginx = ''
    while (!throughNginx.includes(wording) && Date.now() - publishedAt < 8_000) {
      throughNginx = await (await fetch(`${stack.url}${page}`)).text()
      if (!throughNginx.includes(wording)) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(throughNginx).toContain(wording)
    // One second of nginx's cache, then one stale answer while it fetches the new page: about
    // two seconds here, with room for a loaded CI machine.
    expect(Date.now() - publishedAt).toBeLessThan(4_500)
  })

  it('holds a limit counted on instance A on instance B', async () => {
    const email = `mi-${run}-guess@example.test`
    // Five failed sign-ins for one email, each from another address, all on A.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await fetch(`${A}/api/users/login`, json({ email, password: `guess ${attempt}` }, `198.19.0.${attempt}`))
      expect(answer.status).not.toBe(429)
      expect(answer.status).toBeGreaterThanOrEqual(400)
    }
    const onB = await fetch(`${B}/api/users/login`, json({ email, password: 'guess 6' }, '198.19.0.6'))
    expect(onB.status).toBe(429)
    expect(onB.headers.get('retry-after')).toBeTruthy()
  })

  it('delivers 100 emails queued through both instances exactly once each, by the worker', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_, n) => contact(n % 2 === 0 ? A : B, n, 'both')))
    expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(201))
    const addresses = Array.from({ length: 100 }, (_, n) => `mi-${run}-both-${n}@example.test`)
    expect((await storedContactEmails('both')).sort()).toEqual([...addresses].sort())

    await waitForConfirmations(addresses, 90_000)
    expect(addresses.filter((address) => receivedBy(address) !== 1)).toEqual([])
  })

  it('loses nothing while the mail server is down for ten seconds', async () => {
    const { port } = new URL(mailbox.url)
    await mailbox.close()
    const stoppedAt = Date.now()
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => contact(n % 2 === 0 ? A : B, n, 'down')))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201))
    // Let the worker try (and fail) while the server is away.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - stoppedAt))))
    const addresses = Array.from({ length: 20 }, (_, n) => `mi-${run}-down-${n}@example.test`)
    expect(addresses.filter((address) => receivedBy(address) > 0)).toEqual([])

    await openMailbox(Number(port))
    await waitForConfirmations(addresses, 120_000)
    expect(addresses.filter((address) => receivedBy(address) !== 1)).toEqual([])
  })

  it('never serves a signed-in page from the cache: two members each see their own', async () => {
    const members = [account('company@example.org'), account('harbor@example.org')]
    const tokens = await Promise.all(members.map((member) => signIn(stack.url, member.email, member.password)))
    for (let round = 0; round < 3; round += 1) {
      for (const [index, member] of members.entries()) {
        // As a browser sends it: Payload reads a session cookie only from the site's own pages.
        const page = await fetch(`${stack.url}/account`, {
          headers: { Cookie: `payload-token=${tokens[index]}`, 'Sec-Fetch-Site': 'same-origin' },
          redirect: 'manual',
        })
        expect(page.status, `/account for ${member.email} answered ${page.status} to ${page.headers.get('location')}`).toBe(200)
        expect(page.headers.get('x-cache-status')).not.toBe('HIT')
        const html = await page.text()
        expect(html).toContain(member.chosenName)
        expect(html).not.toContain(members[1 - index].chosenName)
      }
    }

    // A public page is cached for visitors, but a member's request neither reads nor fills it.
    const page = '/policies/roles-and-responsibilities'
    await fetch(`${stack.url}${page}`)
    expect((await fetch(`${stack.url}${page}`)).headers.get('x-cache-status')).toBe('HIT')
    const asMember = await fetch(`${stack.url}${page}`, { headers: { Cookie: `theme=dark; payload-token=${tokens[0]}`, 'Sec-Fetch-Site': 'same-origin' } })
    expect(asMember.headers.get('x-cache-status')).toBe('BYPASS')
    const withToken = await fetch(`${stack.url}${page}`, { headers: { Authorization: `JWT ${tokens[1]}` } })
    expect(withToken.headers.get('x-cache-status')).toBe('BYPASS')
  })

  it('loses no stored submission when one web instance stops in the middle of a burst through nginx', async () => {
    const total = 60
    const statuses: (number | 'no answer')[] = Array(total).fill('no answer')
    let next = 0
    let stopped: Promise<void> | undefined
    // Ten visitors at a time; instance A stops once a third of the messages have gone out.
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < total) {
          const n = next++
          if (n === total / 3) stopped = stack.stopInstance(0)
          try {
            statuses[n] = (await contact(stack.url, n, 'burst')).status
          } catch {
            statuses[n] = 'no answer'
          }
        }
      }),
    )
    await stopped
    expect(stack.instances[0].running()).toBe(false)

    const addresses = Array.from({ length: total }, (_, n) => `mi-${run}-burst-${n}@example.test`)
    const accepted = addresses.filter((_, n) => statuses[n] === 201)
    // Instance B answered the rest of the burst.
    expect(accepted.length).toBeGreaterThan(total / 2)
    // Every other answer is one the visitor sees as a failure (nginx's 502), never a quiet success.
    expect(statuses.filter((status) => status !== 201 && !(typeof status === 'number' && status >= 500))).toEqual([])

    const stored = await storedContactEmails('burst')
    expect(accepted.filter((address) => !stored.includes(address))).toEqual([])
    // A message stored by A just before it stopped (its answer lost) is still mailed, once.
    await waitForConfirmations(stored, 90_000)
    expect(stored.filter((address) => receivedBy(address) !== 1)).toEqual([])
    expect(new Set(stored).size).toBe(stored.length)
  })
})
