/** Building and starting the production site on a temporary database: shared by the browser tests and the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')

const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Debian's Chromium (Playwright cannot download browsers here). Never skips: no browser, no pass. */
export function findChromium(): string {
  const found = chromiumCandidates.find((candidate) => candidate && fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  }
  return found
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Environment for a production build and server on a fresh temporary database. */
export function productionEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-e2e-'))
  return {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'platform.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PROFILE_PHOTOS_DIR: path.join(dir, 'profile-photos'),
    RESUMES_DIR: path.join(dir, 'resumes'),
    RESOURCE_FILES_DIR: path.join(dir, 'resources'),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    NEXT_DIST_DIR: '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    // The tests and benchmarks act as the reverse proxy in front of the site, which writes
    // X-Forwarded-For: what they put there is the client's address (src/limits/client-address.mjs).
    // Every browser journey signs in from this one address, as a campus behind one NAT would: its
    // wrong-password journeys must not lock the rest of the suite out (the per-email lockout holds).
    SIGN_IN_FAILURES_PER_ADDRESS: '1000',
    ...extra,
  }
}

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      if (code === 0) {
        console.log(`${label} finished in ${Math.round((Date.now() - started) / 1000)} s`)
        resolve()
      } else reject(new Error(`${label} failed with exit code ${code}:\n${output.slice(-6000)}`))
    })
  })
}

/** The address that answers once Payload runs in the server (src/server/health.ts). */
export const readinessPath = '/api/health'

/**
 * Starts `npm start` (Next's own server, `next start`, on 127.0.0.1) and resolves once it is
 * ready: its first request to the readiness address starts Payload, and with it the job schedule.
 */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output.slice(-4000)}`)
    try {
      const response = await fetch(`${url}${readinessPath}`, { signal: AbortSignal.timeout(60_000) })
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not answer within 120 s:\n${output.slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    /** What the server printed so far, for a failing test's message. */
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return
      process.kill(-child.pid, 'SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
