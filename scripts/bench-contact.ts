/**
 * npm run bench:contact [-- --concurrency 500 --skip-build]
 *
 * Builds and starts the production site (two server processes, a fresh temporary database) with
 * a local SMTP server, sends a first burst to warm the code (printed, not counted), then sends that
 * many contact-form submissions at once, twice:
 *   1. with the mail server up: latency of the submissions, how many were stored, and how many
 *      emails arrived (each submission sends two: the team notice and the confirmation);
 *   2. with the mail server down when the burst arrives, brought back 10 s later: every email
 *      must still arrive, exactly once, through the outbox's retries.
 * The rate limit is raised for the run through RATE_LIMIT_PER_HOUR, as an operator would.
 */
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

type Mailbox = Awaited<ReturnType<typeof startMailbox>>

// Each submission opens its own connection, as 500 different visitors would. Node's http client
// costs the shared processor less than fetch does, so the figures show more of the server.
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

/** POSTs JSON and resolves with the status once the whole answer is read (0 if the connection failed). */
function post(url: string, body: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', () => resolve(0))
    })
    request.on('error', () => resolve(0))
    request.end(body)
  })
}

async function burst(url: string, phase: string, count = concurrency) {
  const submissions = Array.from({ length: count }, (_, index) => ({
    name: `Bench ${phase} ${index}`,
    email: `bench-${phase}-${index}@example.test`,
    topic: 'general',
    message: `Benchmark message ${index} of phase ${phase}: is everything stored and delivered exactly once?`,
  }))
  const latencies: number[] = []
  let failed = 0
  await Promise.all(
    submissions.map(async (submission) => {
      const started = performance.now()
      const status = await post(`${url}/api/contact-messages/submit`, JSON.stringify(submission))
      if (status !== 201) failed += 1
      latencies.push(performance.now() - started)
    }),
  )
  latencies.sort((a, b) => a - b)
  return { submissions, failed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1)! }
}

async function storedCount(url: string, token: string, phase: string): Promise<number> {
  const response = await fetch(`${url}/api/contact-messages?limit=1&where[name][like]=${encodeURIComponent(`Bench ${phase} `)}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** Counts, per expected email, how many copies arrived; waits until all did or the deadline passes. */
async function arrivals(mailbox: () => Mailbox[], submissions: { name: string; email: string }[], started: number) {
  const expected = submissions.flatMap((submission) => [
    { to: submission.email, subject: 'We received your message', key: `confirmation ${submission.email}` },
    { to: teamAddress, subject: `Contact form: A general question from ${submission.name}`, key: `notice ${submission.name}` },
  ])
  const tally = () => {
    const counts = new Map<string, number>()
    for (const box of mailbox()) {
      for (const email of box.received) {
        const key = email.subject === 'We received your message' ? `confirmation ${email.to[0]}` : `notice ${email.subject.replace('Contact form: A general question from ', '')}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
    return counts
  }
  for (;;) {
    const counts = tally()
    const arrived = expected.filter((email) => (counts.get(email.key) ?? 0) > 0).length
    if (arrived === expected.length || Date.now() - started > deadlineMs) {
      const duplicates = expected.reduce((sum, email) => sum + Math.max(0, (counts.get(email.key) ?? 0) - 1), 0)
      return { expected: expected.length, arrived, duplicates, seconds: (Date.now() - started) / 1000 }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const boxes: Mailbox[] = []
let mailbox = await startMailbox()
boxes.push(mailbox)
const smtpPort = Number(new URL(mailbox.url).port)
const env = productionEnvironment({
  NEXT_DIST_DIR: '.next-bench-contact',
  SMTP_URL: mailbox.url,
  RATE_LIMIT_PER_HOUR: String(concurrency * 10),
})
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
  // the server processes or in this client): it is printed, but the figures below are for a site
  // that has been running, as a burst would find it. Its submissions and emails are not counted.
  const coldStarted = Date.now()
  const cold = await burst(server.url, 'cold')
  const coldMail = await arrivals(() => boxes, cold.submissions, coldStarted)
  const coldStored = await storedCount(server.url, token, 'cold')
  console.log(
    `\nFirst burst after start (cold): ${concurrency} submissions, p50 ${cold.p50.toFixed(0)} ms · p95 ${cold.p95.toFixed(0)} ms · ` +
      `max ${cold.max.toFixed(0)} ms · refused ${cold.failed} · stored ${coldStored} / ${concurrency} · ` +
      `${coldMail.arrived} / ${coldMail.expected} emails · duplicates ${coldMail.duplicates} (not in the phases below)`,
  )

  console.log(`\nPhase 1: ${concurrency} submissions at once, mail server up`)
  const started1 = Date.now()
  const first = await burst(server.url, 'up')
  const stored1 = await storedCount(server.url, token, 'up')
  const mail1 = await arrivals(() => boxes, first.submissions, started1)

  console.log(`Phase 2: ${concurrency} submissions at once, mail server down for ${outageMs / 1000} s`)
  await mailbox.close()
  const started2 = Date.now()
  const second = await burst(server.url, 'down')
  const stored2 = await storedCount(server.url, token, 'down')
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - started2))))
  mailbox = await startMailbox({ port: smtpPort })
  boxes.push(mailbox)
  const mail2 = await arrivals(() => boxes, second.submissions, started2)

  const row = (label: string, run: Awaited<ReturnType<typeof burst>>, stored: number, mail: Awaited<ReturnType<typeof arrivals>>) =>
    `${label}\n  submissions  p50 ${run.p50.toFixed(0)} ms · p95 ${run.p95.toFixed(0)} ms · max ${run.max.toFixed(0)} ms · refused ${run.failed}\n` +
    `  stored       ${stored} / ${concurrency}  (lost ${concurrency - stored})\n` +
    `  emails       ${mail.arrived} / ${mail.expected} arrived in ${mail.seconds.toFixed(1)} s · duplicates ${mail.duplicates} · lost ${mail.expected - mail.arrived}`
  console.log(`\nContact benchmark · ${concurrency} concurrent submissions · 2 server processes · SQLite`)
  console.log(row('mail server up', first, stored1, mail1))
  console.log(row(`mail server down, back after ${outageMs / 1000} s`, second, stored2, mail2))
} finally {
  await server.stop()
  for (const box of boxes) await box.close().catch(() => undefined)
}
