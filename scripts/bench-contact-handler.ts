/**
 * npm run bench:contact-handler [-- --concurrency 500]
 *
 * The contact endpoint without HTTP: Payload's request handling, the contact limits, validation
 * and the write through Payload's local API, called in one process the way the REST route calls
 * it, on a fresh temporary SQLite database. Each submission comes from its own address and inbox,
 * as in `bench:contact`. Set beside that bench, it shows how much of a burst's latency is the
 * platform's work and how much is the HTTP server and the connections around it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '500' } } })
const concurrency = Number(values.concurrency)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-bench-handler-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'platform.db')}`
process.env.PAYLOAD_SECRET = 'bench-contact-handler-secret'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
delete process.env.SMTP_URL

const { default: config } = await import('@payload-config')
const { getPayload, handleEndpoints } = await import('payload')
const { migrations } = await import('../src/migrations')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate({ migrations: migrations as never })

let bodyBytes = 0
async function submit(index: number, round: number): Promise<number> {
  const phase = round === 0 ? 'warm' : `r${round}`
  const body = JSON.stringify({
    name: `Bench ${phase} ${index}`,
    email: `bench-${phase}-${index}@example.test`,
    topic: 'general',
    message: `Benchmark message ${index}: stored once?`,
  })
  bodyBytes = Math.max(bodyBytes, Buffer.byteLength(body))
  const started = performance.now()
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/contact-messages/submit', {
      method: 'POST',
      // A visitor of its own per submission: the contact limits stay as shipped.
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${round}.${index >> 8}.${index & 255}` },
      body,
    }),
  })
  if (response.status !== 201) throw new Error(`submission ${index} answered ${response.status}: ${await response.text()}`)
  return performance.now() - started
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

await Promise.all(Array.from({ length: 20 }, (_, index) => submit(index, 0)))
console.log(`\nContact handler in process · ${concurrency} submissions at once, JSON bodies of ${bodyBytes} bytes at most · SQLite`)
for (const round of [1, 2, 3]) {
  const started = performance.now()
  const latencies = (await Promise.all(Array.from({ length: concurrency }, (_, index) => submit(index, round)))).sort((a, b) => a - b)
  const { totalDocs } = await payload.count({ collection: 'contact-messages', where: { name: { like: `Bench r${round} ` } }, overrideAccess: true })
  console.log(
    `  round ${round}: all answered in ${(performance.now() - started).toFixed(0)} ms · p50 ${percentile(latencies, 50).toFixed(0)} ms · p95 ${percentile(latencies, 95).toFixed(0)} ms · stored ${totalDocs} / ${concurrency}`,
  )
  // Let the quiet-period email queueing of this round run before the next.
  await new Promise((resolve) => setTimeout(resolve, 3000))
}
await payload.destroy()
process.exit(0)
