/**
 * npm run bench:contact-handler [-- --concurrency 500]
 *
 * The contact endpoint without HTTP: Payload's own request handling, validation, rate limit and
 * the group commit, called in one process the way the REST route calls it, on a fresh temporary
 * SQLite database. Set beside `bench:contact`, it shows how much of a burst's latency is the
 * platform's work and how much is the HTTP server and the network around it.
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
process.env.RATE_LIMIT_PER_HOUR = String(concurrency * 10)
delete process.env.SMTP_URL

const { default: config } = await import('@payload-config')
const { getPayload, handleEndpoints } = await import('payload')
const { migrations } = await import('../src/migrations')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate({ migrations: migrations as never })

async function submit(index: number, phase: string): Promise<number> {
  const started = performance.now()
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/contact-messages/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `Bench ${phase} ${index}`, email: `bench-${index}@example.test`, topic: 'general', message: `Benchmark message ${index}: stored once?` }),
    }),
  })
  if (response.status !== 201) throw new Error(`submission ${index} answered ${response.status}: ${await response.text()}`)
  return performance.now() - started
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

await Promise.all(Array.from({ length: 20 }, (_, index) => submit(index, 'warm')))
console.log(`\nContact handler in process · ${concurrency} submissions at once · SQLite`)
for (const round of [1, 2, 3]) {
  const started = performance.now()
  const latencies = (await Promise.all(Array.from({ length: concurrency }, (_, index) => submit(index, `r${round}`)))).sort((a, b) => a - b)
  const { totalDocs } = await payload.count({ collection: 'contact-messages', where: { name: { like: `Bench r${round} ` } }, overrideAccess: true })
  console.log(
    `  round ${round}: all answered in ${(performance.now() - started).toFixed(0)} ms · p50 ${percentile(latencies, 50).toFixed(0)} ms · p95 ${percentile(latencies, 95).toFixed(0)} ms · stored ${totalDocs} / ${concurrency}`,
  )
  // Let the quiet-period email queueing of this round run before the next.
  await new Promise((resolve) => setTimeout(resolve, 3000))
}
await payload.destroy()
process.exit(0)
