/**
 * npm run bench:pages [-- --concurrency 50 --duration 10 --workers 2 --skip-build]
 *
 * Builds the production site, starts it on a fresh temporary database with the demo content and
 * measures cached public pages under a fixed number of concurrent connections.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { freePort, productionEnvironment, runCommand, startServer } from './production-server'

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    workers: { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
    'skip-build': { type: 'boolean', default: false },
  },
  strict: true,
})
const concurrency = Number(values.concurrency)
const duration = Number(values.duration)
const workers = Number(values.workers)

const pages = ['/', '/policies/code-of-conduct', '/guides/career-candidate']

type Result = { path: string; requests: number; rps: number; p50: number; p95: number; errors: number; non2xx: number }

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function measure(url: string, path: string): Promise<Result> {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${url}${path}`, connections: concurrency, duration }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  return {
    path,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

const env = productionEnvironment({ NEXT_DIST_DIR: '.next-bench', WEB_CONCURRENCY: String(workers), PAYLOAD_JOBS_AUTORUN: 'false' })
if (!values['skip-build']) await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
else await runCommand('npm', ['run', 'db:prepare', '--silent'], env, 'Database preparation')
const server = await startServer(env, await freePort())
try {
  // Warm every page once so the measurement sees the cache, as visitors after the first do.
  for (const path of pages) await fetch(`${server.url}${path}`)
  await measure(server.url, pages[1]).catch(() => undefined)

  console.log(`\nbench:pages — ${concurrency} connections, ${duration} s per page, ${workers} server process(es), ${os.availableParallelism()} cores, autocannon on the same machine`)
  console.log('page                              req/s     p50 ms   p95 ms   requests  errors  non-2xx')
  for (const path of pages) {
    const r = await measure(server.url, path)
    console.log(
      `${r.path.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${String(r.requests).padStart(10)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)}`,
    )
  }
} finally {
  await server.stop()
}
process.exit(0)
