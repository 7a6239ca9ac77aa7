/**
 * A server process of its own for the shared-limits tests: starts Payload on DATABASE_URI (with
 * REDIS_URL if set), then answers one line (`limit` and JSON) per line it reads, each a limit to take:
 * `{"name":"contact","keys":{"address":"203.0.113.5"}}` → `limit {"refused":null}`, or the refusal.
 * Run with tsx (tests/helpers/limit-processes.ts starts it).
 */
import readline from 'node:readline'

import type { Migration } from 'payload'

const [{ default: config }, { getPayload }, { migrations }, { takeFromLimit }, { closeLimitStores }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('../../src/migrations'),
  import('../../src/limits'),
  import('../../src/limits/store'),
])
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
process.stdout.write(`limit ${JSON.stringify({ ready: process.pid })}\n`)

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const { name, keys } = JSON.parse(line)
  try {
    const refused = await takeFromLimit(payload, name, keys)
    process.stdout.write(`limit ${JSON.stringify({ refused })}\n`)
  } catch (error) {
    process.stdout.write(`limit ${JSON.stringify({ error: String(error) })}\n`)
  }
}
await closeLimitStores()
await payload.destroy()
process.exit(0)
