/**
 * Production server: `npm start` (after `npm run build`). Honours PORT and HOST.
 * WEB_CONCURRENCY sets how many Node processes serve requests (default: one per core), all on
 * one port; they share the page cache through src/cache/shared-isr-cache.mjs. TRUST_PROXY names
 * the proxies in front of it whose X-Forwarded-For is believed (src/limits/client-address.mjs).
 */
import cluster from 'node:cluster'
import http from 'node:http'
import os from 'node:os'

import next from 'next'

import SharedIsrCache from '../src/cache/shared-isr-cache.mjs'
import { pinClientAddress, trustedProxies } from '../src/limits/client-address.mjs'
import { answerDirectly, directApiReady } from '../src/server/direct-api.mjs'

const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOST || '0.0.0.0'
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism())
// Read before anything starts: a TRUST_PROXY that cannot be read stops the server.
const trust = trustedProxies(process.env.TRUST_PROXY)

if (cluster.isPrimary && workers > 1) {
  // Each process accepts connections itself when it is free to, instead of the primary handing
  // every connection over in turn: under a burst, a busy process no longer gets its share queued
  // behind its work (measured with `npm run bench:contact`). NODE_CLUSTER_SCHED_POLICY=rr restores
  // Node's default.
  if (!process.env.NODE_CLUSTER_SCHED_POLICY) cluster.schedulingPolicy = cluster.SCHED_NONE
  // A larger young generation means fewer garbage collections for short-lived request objects.
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--max-semi-space-size=32'] })
  for (let i = 0; i < workers; i += 1) cluster.fork()
  cluster.on('exit', (worker, code, signal) => {
    if (signal !== 'SIGTERM' && code !== 0) {
      console.error(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting another.`)
      cluster.fork()
    }
  })
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM')
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  console.log(`Serving on http://localhost:${port} with ${workers} processes`)
} else {
  // Next's hook for a cache handler registered by a custom server (read once, unlike the
  // `cacheHandler` config option, which Next imports again on every request).
  globalThis[Symbol.for('@next/cache-handlers')] = { FetchCache: SharedIsrCache }
  const app = next({ dev: false, hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  // Accept connections once Payload runs in this process: its scheduled jobs (the email outbox,
  // reminders) then start without waiting for a visitor, and the direct routes are registered.
  await startPayload(handle)
  if (!(await directApiReady(5_000))) console.error('Payload did not start; serving every request through Next until it does.')
  // A few public API routes skip Next's router once the app has started (src/server/direct-api.mjs).
  const serve = async (req, res) => {
    // The client's address from the connection, or from the proxies TRUST_PROXY names: the one
    // X-Forwarded-For that Next, the direct routes and the rate limits see.
    pinClientAddress(req, trust)
    if (!(await answerDirectly(req, res))) await handle(req, res)
  }
  http.createServer((req, res) => void serve(req, res)).listen(port, hostname, () => {
    if (workers === 1) console.log(`Serving on http://localhost:${port}`)
  })
  process.on('SIGTERM', () => process.exit(0))
}

/**
 * Starts Payload inside Next's server code by asking this process, on a private port, for an API
 * route. (Starting it from Next's instrumentation hook instead would load a second copy of the
 * app's modules: its errors and caches would not be the ones the pages see.)
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>} handle
 */
async function startPayload(handle) {
  const server = http.createServer((req, res) => void handle(req, res))
  // `exclusive`: a port of this process's own, not one shared with the other cluster processes.
  await new Promise((resolve) => server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve))
  try {
    const { port: privatePort } = /** @type {import('node:net').AddressInfo} */ (server.address())
    const response = await fetch(`http://127.0.0.1:${privatePort}/api/users/me`, { signal: AbortSignal.timeout(60_000) })
    const body = await response.text() // read to the end, so the connection is released before close()
    if (!response.ok) console.error(`Starting Payload failed: ${response.status} ${body}`)
  } catch (error) {
    console.error('Starting Payload failed:', error)
  } finally {
    server.close()
  }
}
