/**
 * npm run bench:pages [-- --rounds 4 --duration 10 --connections 50 --uncached-connections 20 --skip-build]
 *
 * Public pages through the shipped multi-instance configuration (scripts/stack.ts: nginx with
 * its one-second page cache in front of two `next start` instances, Redis, one worker, one
 * SQLite database with the demo content):
 *
 * - cached public pages (a policy page, /events) through nginx, beside the same nginx serving the
 *   same HTML as a static file, same client, alternating A B A B, so both see the same machine;
 * - uncached public pages (a directory search, a filtered event list) on one instance directly.
 *
 * autocannon runs in this process on the same machine: its CPU is taken from the servers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { freePort } from './production-server'
import { startStack } from './stack'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '4' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'uncached-connections': { type: 'string', default: '20' },
    'skip-build': { type: 'boolean', default: false },
  },
  strict: true,
})
const rounds = Number(values.rounds)
const duration = Number(values.duration)
const connections = Number(values.connections)
const uncachedConnections = Number(values['uncached-connections'])

const cachedPages = [
  { path: '/policies/code-of-conduct', file: 'policy.html' },
  { path: '/events', file: 'events.html' },
]
const uncachedPages = ['/mentors?q=interview', '/events?format=online']

type Measurement = { rps: number; p50: number; p99: number; requests: number; failures: number }

async function measure(url: string, connectionCount: number, seconds = duration): Promise<Measurement> {
  const result = await autocannon({ url, connections: connectionCount, duration: seconds })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  }
}

const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-bench-static-'))
const staticPort = await freePort()
// The comparison: the same nginx (same workers, same settings) reading the page from disk.
const staticServer = `
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    types { text/html html; }
    location / { try_files $uri =404; }
  }`

const stack = await startStack({ instances: 2, build: !values['skip-build'], nginxHttpConfig: staticServer })
const staticURL = `http://127.0.0.1:${staticPort}`
try {
  const admin = await fetch(`${stack.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'demo-admin-2026' }),
  })
  const token = ((await admin.json()) as { token: string }).token
  const count = async (slug: string) =>
    ((await (await fetch(`${stack.url}/api/${slug}?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { totalDocs: number })
      .totalDocs
  const sizes = { profiles: await count('mentor-profiles'), events: await count('events'), policies: await count('policies') }

  for (const page of cachedPages) {
    const response = await fetch(`${stack.url}${page.path}`)
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`)
    fs.writeFileSync(path.join(staticDir, page.file), await response.text())
  }
  // Warm up: Next's caches, nginx's cache, the JIT, autocannon itself.
  for (const page of cachedPages) await measure(`${stack.url}${page.path}`, connections, 3)
  for (const page of uncachedPages) await measure(`${stack.instances[0].url}${page}`, uncachedConnections, 3)

  console.log(`\nbench:pages: ${os.availableParallelism()} cores, autocannon on the same machine`)
  console.log(`Topology: nginx (worker_processes auto, 1 s page cache) → 2 × next start, Redis, 1 jobs worker, SQLite (WAL) file`)
  console.log(`Data: ${sizes.profiles} mentor profiles, ${sizes.events} events, ${sizes.policies} policies (the demo content)`)

  console.log(`\nCached public pages, ${connections} connections, ${rounds} rounds × ${duration} s each, alternating`)
  console.log('page                          HTML bytes   stack req/s   static req/s   ratio   stack p50/p99 ms   failures')
  for (const page of cachedPages) {
    const stackRuns: Measurement[] = []
    const staticRuns: Measurement[] = []
    for (let round = 0; round < rounds; round += 1) {
      stackRuns.push(await measure(`${stack.url}${page.path}`, connections))
      staticRuns.push(await measure(`${staticURL}/${page.file}`, connections))
    }
    const mean = (runs: Measurement[], key: keyof Measurement) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length
    const bytes = fs.statSync(path.join(staticDir, page.file)).size
    const ratio = mean(stackRuns, 'rps') / mean(staticRuns, 'rps')
    console.log(
      `${page.path.padEnd(30)}${String(bytes).padStart(10)}${mean(stackRuns, 'rps').toFixed(0).padStart(14)}${mean(staticRuns, 'rps').toFixed(0).padStart(15)}${ratio.toFixed(2).padStart(8)}${`${mean(stackRuns, 'p50').toFixed(1)}/${mean(stackRuns, 'p99').toFixed(1)}`.padStart(19)}${String(stackRuns.reduce((sum, run) => sum + run.failures, 0) + staticRuns.reduce((sum, run) => sum + run.failures, 0)).padStart(11)}`,
    )
    console.log(`  per round, stack/static req/s: ${stackRuns.map((run, index) => `${run.rps.toFixed(0)}/${staticRuns[index].rps.toFixed(0)}`).join(', ')}`)
  }

  // What nginx's cache adds: the same pages from Next's own cache (Redis), one instance directly.
  console.log(`\nThe same pages from one instance directly (Next's page cache in Redis, no nginx), ${connections} connections, ${duration} s`)
  console.log('page                            req/s    p50 ms    p99 ms   requests   failures')
  for (const page of cachedPages) {
    const run = await measure(`${stack.instances[0].url}${page.path}`, connections)
    console.log(
      `${page.path.padEnd(30)}${run.rps.toFixed(0).padStart(7)}${run.p50.toFixed(0).padStart(10)}${run.p99.toFixed(0).padStart(10)}${String(run.requests).padStart(11)}${String(run.failures).padStart(11)}`,
    )
  }

  console.log(`\nUncached public pages on one instance directly (no nginx cache), ${uncachedConnections} connections, ${duration} s each`)
  console.log('page                            req/s    p50 ms    p99 ms   requests   failures')
  for (const page of uncachedPages) {
    const run = await measure(`${stack.instances[0].url}${page}`, uncachedConnections)
    console.log(
      `${page.padEnd(30)}${run.rps.toFixed(0).padStart(7)}${run.p50.toFixed(0).padStart(10)}${run.p99.toFixed(0).padStart(10)}${String(run.requests).padStart(11)}${String(run.failures).padStart(11)}`,
    )
  }
} finally {
  await stack.stop()
  fs.rmSync(staticDir, { recursive: true, force: true })
}
process.exit(0)
