import { spawn, spawnSync } from 'node:child_process'

import { freePort } from '../../scripts/production-server'

/** Debian's redis-server. Never skips: no Redis, no pass (as the browser tests do for Chromium). */
export function findRedisServer(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim()
  if (!found) {
    throw new Error('No redis-server found for the shared rate-limit tests. Install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu).')
  }
  return found
}

/**
 * A throwaway Redis on a free local port: nothing saved to disk, gone when stopped. It publishes
 * expiry and eviction events, as the page cache needs (src/cache/redis-page-cache.mjs).
 */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const child = spawn(
    findRedisServer(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)))
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
