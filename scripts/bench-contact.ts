/**
 * npm run bench:contact [-- --concurrency 500 --outage-seconds 10 --skip-build]
 *
 * Builds and starts the production site (scripts/production-server.ts, a fresh temporary SQLite
 * database) with a local SMTP server, sends a first burst to warm the code (printed, not
 * counted), then sends that many contact-form submissions at once, twice:
 *   1. with the mail server up;
 *   2. with the mail server down when the burst arrives, brought back `--outage-seconds` later.
 * Each submission comes from its own address (X-Forwarded-For: this script acts as the trusted
 * proxy, TRUST_PROXY=loopback) and its own inbox, as that many visitors would: the contact
 * limits stay as shipped. For each phase it prints the latency, how many were accepted, whether
 * every accepted one is stored exactly once (through the admin API), and whether each of its two
 * emails (the team notice and the confirmation) arrived exactly once.
 */
import fs from 'node:fs'
import http from 'node:http'
import { parseArgs } from 'node:util'

import { startMailbox } from '../tests/helpers/smtp'
import { freePort, productionEnvironment, runCommand, startServer } from './production-server'

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '500' },
    'skip-build': { type: 'boolean', default: false },
    'outage-seconds': { type: 'string', default: '10' },
    'deadline-seconds': { type: 'string', default: '300' },
  },
  strict: true,
})
const concurrency = Number(values.concurrency)
const outageMs = Number(values['outage-seconds']) * 1000
const deadlineMs = Number(values['deadline-seconds']) * 1000
const teamAddress = 'hello@example.org' // the demo content's contact address
const confirmationSubject = 'We received your message'
const noticePrefix = 'Contact form: A general question from '

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

type Mailbox = Awaited<ReturnType<typeof startMailbox>>
type Submission = { name: string; email: string; topic: string; message: string }

// Each submission opens its own connection, as that many different visitors would. Node's http
// client costs the shared processor less than fetch does, so the figures show more of the server.
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

/** POSTs JSON and resolves with the status once the whole answer is read (0 if the connection failed). */
function post(url: string, body: string, address: string): Promise<number> {
  return new Promise((resolve) => {
    const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Forwarded-For': address }
    const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', () => resolve(0))
    })
    request.on('error', () => resolve(0))
    request.end(body)
  })
}

async function burst(url: string, phase: string, phaseNumber: number) {
  const submissions: Submission[] = Array.from({ length: concurrency }, (_, index) => ({
    name: `Bench ${phase} ${index}`,
    email: `bench-${phase}-${index}@example.test`,
    topic: 'general',
    message: `Benchmark message ${index} of phase ${phase}: is everything stored and delivered exactly once?`,
  }))
  const bodies = submissions.map((submission) => JSON.stringify(submission))
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const accepted: Submission[] = []
  await Promise.all(
    submissions.map(async (submission, index) => {
      const started = performance.now()
      // 10.<phase>.x.y: a visitor of its own per submission, never one seen in another phase.
      const status = await post(`${url}/api/contact-messages/submit`, bodies[index], `10.${phaseNumber}.${index >> 8}.${index & 255}`)
      latencies.push(performance.now() - started)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      if (status === 201) accepted.push(submission)
    }),
  )
  latencies.sort((a, b) => a - b)
  const refused = [...statuses].filter(([status]) => status !== 201).map(([status, count]) => `${count} × ${status || 'no answer'}`)
  const bodyBytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0)
  return { accepted, refused: refused.join(', ') || 'none', bodyBytes, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1)! }
}

/** Every stored message of a phase, read back through the admin API: lost and duplicated against what was accepted. */
async function storage(url: string, token: string, phase: string, accepted: Submission[]) {
  // The API answers at most 100 records a page (src/server/api-input.ts).
  const docs: { email: string }[] = []
  for (let page = 1; ; page += 1) {
    const query = `where[name][like]=${encodeURIComponent(`Bench ${phase} `)}&limit=100&page=${page}&depth=0&select[email]=true`
    const response = await fetch(`${url}/api/contact-messages?${query}`, { headers: { Authorization: `JWT ${token}` } })
    if (!response.ok) throw new Error(`Reading the stored messages answered ${response.status}: ${await response.text()}`)
    const result = (await response.json()) as { docs: { email: string }[]; hasNextPage: boolean }
    docs.push(...result.docs)
    if (!result.hasNextPage) break
  }
  const rows = new Map<string, number>()
  for (const { email } of docs) rows.set(email, (rows.get(email) ?? 0) + 1)
  const lost = accepted.filter((submission) => !rows.has(submission.email)).length
  const duplicated = [...rows.values()].reduce((sum, count) => sum + count - 1, 0)
  return { rows: docs.length, lost, duplicated }
}

/** Counts, per expected email, how many copies arrived; waits until all did or the deadline passes. */
async function arrivals(mailboxes: () => Mailbox[], accepted: Submission[], started: number) {
  const expected = accepted.flatMap((submission) => [`confirmation ${submission.email}`, `notice ${submission.name}`])
  const tally = () => {
    const counts = new Map<string, number>()
    for (const box of mailboxes()) {
      for (const email of box.received) {
        const key =
          email.subject === confirmationSubject
            ? `confirmation ${email.to[0]}`
            : email.to.includes(teamAddress)
              ? `notice ${email.subject.replace(noticePrefix, '')}`
              : 'other'
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
    return counts
  }
  for (;;) {
    const counts = tally()
    const arrived = expected.filter((key) => (counts.get(key) ?? 0) > 0).length
    if (arrived === expected.length || Date.now() - started > deadlineMs) {
      const duplicates = expected.reduce((sum, key) => sum + Math.max(0, (counts.get(key) ?? 0) - 1), 0)
      return { expected: expected.length, arrived, duplicates, seconds: (Date.now() - started) / 1000 }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const boxes: Mailbox[] = []
let mailbox = await startMailbox()
boxes.push(mailbox)
const smtpPort = Number(new URL(mailbox.url).port)
const env = productionEnvironment({ NEXT_DIST_DIR: '.next-bench-contact', SMTP_URL: mailbox.url })
if (!values['skip-build']) await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
const server = await startServer(env, await freePort())
try {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'demo-admin-2026' }),
  })
  const { token } = (await login.json()) as { token: string }

  // The first burst after a start meets cold code (V8 has not yet compiled the request path, in
  // the server or in this client): it is printed, but the figures below are for a site that has
  // been running, as a burst would find it.
  const coldStarted = Date.now()
  const cold = await burst(server.url, 'cold', 1)
  const coldStored = await storage(server.url, token, 'cold', cold.accepted)
  const coldMail = await arrivals(() => boxes, cold.accepted, coldStarted)
  console.log(
    `\nFirst burst after start (cold, not counted below): p50 ${cold.p50.toFixed(0)} ms · p95 ${cold.p95.toFixed(0)} ms · max ${cold.max.toFixed(0)} ms · ` +
      `accepted ${cold.accepted.length} / ${concurrency} · lost ${coldStored.lost} · duplicated ${coldStored.duplicated} · ` +
      `emails ${coldMail.arrived} / ${coldMail.expected}, duplicates ${coldMail.duplicates}`,
  )

  console.log(`\nPhase 1: ${concurrency} submissions at once, mail server up`)
  const started1 = Date.now()
  const first = await burst(server.url, 'up', 2)
  const stored1 = await storage(server.url, token, 'up', first.accepted)
  const mail1 = await arrivals(() => boxes, first.accepted, started1)

  console.log(`Phase 2: ${concurrency} submissions at once, mail server down for the first ${outageMs / 1000} s`)
  await mailbox.close()
  const started2 = Date.now()
  const second = await burst(server.url, 'down', 3)
  const stored2 = await storage(server.url, token, 'down', second.accepted)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - started2))))
  mailbox = await startMailbox({ port: smtpPort })
  boxes.push(mailbox)
  const mail2 = await arrivals(() => boxes, second.accepted, started2)

  const count = async (collection: string) => {
    const response = await fetch(`${server.url}/api/${collection}?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  const databaseFile = new URL(env.DATABASE_URI!).pathname
  const databaseBytes = ['', '-wal'].reduce((sum, suffix) => sum + (fs.statSync(databaseFile + suffix, { throwIfNoEntry: false })?.size ?? 0), 0)

  const row = (
    label: string,
    run: Awaited<ReturnType<typeof burst>>,
    stored: Awaited<ReturnType<typeof storage>>,
    mail: Awaited<ReturnType<typeof arrivals>>,
  ) =>
    `${label}\n  submissions  ${concurrency} at once · p50 ${run.p50.toFixed(0)} ms · p95 ${run.p95.toFixed(0)} ms · max ${run.max.toFixed(0)} ms · ` +
    `accepted (201) ${run.accepted.length} · refused ${run.refused}\n` +
    `  stored       ${stored.rows} rows for ${run.accepted.length} accepted · lost ${stored.lost} · duplicated ${stored.duplicated}\n` +
    `  emails       ${mail.arrived} / ${mail.expected} arrived in ${mail.seconds.toFixed(1)} s · duplicates ${mail.duplicates} · lost ${mail.expected - mail.arrived}`
  console.log(`\nContact benchmark · ${concurrency} concurrent submissions, each from its own address · npm start (scripts/production-server.ts) · SQLite`)
  console.log(row('mail server up', first, stored1, mail1))
  console.log(row(`mail server down, back after ${outageMs / 1000} s`, second, stored2, mail2))
  console.log(
    `data: request bodies ${kilobytes(first.bodyBytes / concurrency)} each, ${kilobytes(first.bodyBytes)} per burst · after the run the database holds ` +
      `${await count('contact-messages')} contact messages and ${await count('emails')} outbox emails in ${kilobytes(databaseBytes)} (file and WAL)`,
  )
} finally {
  await server.stop()
  for (const box of boxes) await box.close().catch(() => undefined)
}
