/**
 * The multi-instance deployment on one machine, without Docker: Redis, several web instances
 * (`next start`, JOBS_WORKER=separate) on one database, one jobs worker, and nginx in front with
 * the shipped configuration (deploy/nginx/templates/default.conf.template), every piece on a
 * free local port. The same topology as docker-compose.yml; used by the multi-instance test
 * (tests/e2e/multi-instance.e2e.spec.ts) and `npm run bench:pages`.
 *
 *   npm run stack [-- --instances 2 --skip-build]      starts it and waits for Ctrl-C
 *
 * STACK_SKIP_BUILD=1 reuses the last .next-stack build (re-running a test after a build).
 *
 * The database is a fresh SQLite file (WAL mode lets the processes share it) with the demo
 * content, or DATABASE_URI when given (a MongoDB replica set). The build goes to .next-stack, so
 * a server running from .next-test (the browser suite) is never rebuilt under its feet.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { startRedis } from '../tests/helpers/redis'
import { freePort, productionEnvironment, root, runCommand } from './production-server'

export const stackDistDir = '.next-stack'
export const nginxTemplate = path.join(root, 'deploy/nginx/templates/default.conf.template')

export type StackOptions = {
  /** How many web instances (2 unless told). */
  instances?: number
  /** Settings for every web instance and the worker (SMTP_URL, limits, …). */
  env?: Record<string, string>
  /** A database to share instead of a fresh SQLite file (DATABASE_URI, e.g. a MongoDB replica set). */
  databaseUri?: string
  /** Build into .next-stack first (true unless told, or STACK_SKIP_BUILD=1); false reuses the last build. */
  build?: boolean
  /** Whose X-Forwarded-For nginx believes (NGINX_REAL_IP_FROM); 127.0.0.1 lets a local client name its address. */
  realIpFrom?: string
  /** More http-level nginx configuration (the benchmark's static-file server). */
  nginxHttpConfig?: string
}

export type WebInstance = { url: string; port: number; running: () => boolean }

export type Stack = {
  /** nginx: the address visitors use. */
  url: string
  /** Each web instance directly, in the order nginx lists them. */
  instances: WebInstance[]
  redisUrl: string
  /** The environment the web instances and the worker run with. */
  env: NodeJS.ProcessEnv
  /** Where the rendered nginx configuration, logs and cache are. */
  directory: string
  /** Stops web instance `index` (SIGKILL: as a machine that fails, nothing finishes cleanly). */
  stopInstance: (index: number, signal?: NodeJS.Signals) => Promise<void>
  /** Starts web instance `index` again on its port. */
  startInstance: (index: number) => Promise<void>
  /** The last lines a process wrote (`web-0`, `worker`, `nginx`), for a failing test's message. */
  logTail: (name: string, characters?: number) => string
  stop: () => Promise<void>
}

/**
 * Fills in the template's ${NGINX_…} variables, as the nginx image's envsubst does. Every
 * variable must be given: an empty one would make a configuration nginx reads differently.
 */
export function renderNginxTemplate(values: Record<string, string>, template = fs.readFileSync(nginxTemplate, 'utf8')): string {
  const rendered = template.replace(/\$\{(NGINX_[A-Z_]+)\}/g, (_match, name: string) => {
    const value = values[name]
    if (value === undefined || value === '') throw new Error(`The nginx template needs ${name}`)
    return value
  })
  return rendered
}

/** Debian's nginx (`nginx-light` is enough). Never skips: no nginx, no multi-instance test. */
export function findNginx(): string {
  const found =
    ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate)) ??
    spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()
  if (!found) throw new Error('No nginx found for the multi-instance stack. Install it with `sudo apt-get install -y nginx-light` (Debian/Ubuntu).')
  return found
}

/**
 * The process-level nginx configuration for running it as this user in `directory`: pid, logs
 * and temporary files there, in the foreground. The site itself is the shipped template.
 */
export function nginxMainConfig(directory: string, site: string, extra = ''): string {
  const at = (name: string) => path.join(directory, name)
  return [
    // A root master would hand requests to `nobody`, who cannot write into this directory.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes auto;',
    `pid ${at('nginx.pid')};`,
    `error_log ${at('nginx-error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  access_log off;',
    '  default_type application/octet-stream;',
    `  client_body_temp_path ${at('temp/body')};`,
    `  proxy_temp_path ${at('temp/proxy')};`,
    `  fastcgi_temp_path ${at('temp/fastcgi')};`,
    `  uwsgi_temp_path ${at('temp/uwsgi')};`,
    `  scgi_temp_path ${at('temp/scgi')};`,
    `  include ${site};`,
    extra,
    '}',
    '',
  ].join('\n')
}

type Child = { process: ChildProcess; log: string }

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Child {
  const out = fs.openSync(logFile, 'a')
  // Its own process group, so stopping it stops whatever it started (npm → tsx → node).
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, out], detached: true })
  fs.closeSync(out)
  return { process: child, log: logFile }
}

const tail = (file: string, characters = 4000) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-characters) : '')

async function stopProcess(child: Child | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null || !child.process.pid) return
  const exited = new Promise((resolve) => child.process.once('exit', resolve))
  try {
    process.kill(-child.process.pid, signal)
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.process.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 10_000)
  await exited
  clearTimeout(timer)
}

async function waitUntil(what: string, ready: () => Promise<boolean>, child: Child, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${what} exited early:\n${tail(child.log)}`)
    if (await ready().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${tail(child.log)}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/** Whether a web instance (or nginx, through one) answers: Payload runs and its database is connected. */
const answers = async (url: string) => (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(30_000) })).status === 200

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const count = options.instances ?? 2
  const nginx = findNginx()
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-stack-'))
  for (const sub of ['temp', 'cache', 'logs']) fs.mkdirSync(path.join(directory, sub))
  const log = (name: string) => path.join(directory, 'logs', `${name}.log`)

  const children = new Map<string, Child>()
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  const stop = async () => {
    await Promise.all([...children.values()].map((child) => stopProcess(child)))
    await redis?.stop()
  }

  try {
    redis = await startRedis()
    const ports = await Promise.all(Array.from({ length: count + 1 }, () => freePort()))
    const nginxPort = ports[count]
    const url = `http://127.0.0.1:${nginxPort}`
    const env = productionEnvironment({
      NEXT_DIST_DIR: stackDistDir,
      REDIS_URL: redis.url,
      // The web instances only queue jobs; the one worker runs them.
      JOBS_WORKER: 'separate',
      SERVER_URL: url,
      ...(options.databaseUri ? { DATABASE_URI: options.databaseUri } : {}),
      ...options.env,
    })

    // Migrations (and, on a fresh SQLite file, the demo content) once, before any instance.
    if (options.build ?? process.env.STACK_SKIP_BUILD !== '1') await runCommand('npm', ['run', 'build', '--silent'], env, `Production build (${stackDistDir})`)
    else await runCommand('npm', ['run', 'db:prepare', '--silent'], env, 'Database preparation')

    const startWeb = async (index: number) => {
      const port = ports[index]
      const child = startProcess(
        path.join(root, 'node_modules/.bin/next'),
        ['start', '-p', String(port), '-H', '127.0.0.1'],
        { ...env, PORT: String(port) },
        log(`web-${index}`),
      )
      children.set(`web-${index}`, child)
      await waitUntil(`Web instance ${index}`, () => answers(`http://127.0.0.1:${port}`), child)
    }
    for (let index = 0; index < count; index += 1) await startWeb(index)

    const worker = startProcess('npm', ['run', 'worker', '--silent'], env, log('worker'))
    children.set('worker', worker)
    await waitUntil('The jobs worker', async () => tail(worker.log).includes('Jobs worker running'), worker)

    const site = path.join(directory, 'site.conf')
    fs.writeFileSync(
      site,
      renderNginxTemplate({
        NGINX_PORT: `127.0.0.1:${nginxPort}`,
        NGINX_UPSTREAM_SERVERS: ports
          .slice(0, count)
          .map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
          .join(' '),
        NGINX_REAL_IP_FROM: options.realIpFrom ?? 'unix:',
        NGINX_CACHE_DIR: path.join(directory, 'cache'),
      }),
    )
    const config = path.join(directory, 'nginx.conf')
    fs.writeFileSync(config, nginxMainConfig(directory, site, options.nginxHttpConfig ?? ''))
    const nginxArgs = ['-p', directory, '-e', path.join(directory, 'nginx-error.log'), '-c', config]
    const check = spawnSync(nginx, ['-t', ...nginxArgs], { encoding: 'utf8' })
    if (check.status !== 0) throw new Error(`nginx refused the rendered configuration ${config}:\n${check.stderr}`)
    const proxy = startProcess(nginx, [...nginxArgs, '-g', 'daemon off;'], env, log('nginx'))
    children.set('nginx', proxy)
    await waitUntil('nginx', () => answers(url), proxy, 30_000)

    return {
      url,
      instances: ports.slice(0, count).map((port, index) => ({
        url: `http://127.0.0.1:${port}`,
        port,
        running: () => {
          const child = children.get(`web-${index}`)
          return Boolean(child && child.process.exitCode === null && child.process.signalCode === null)
        },
      })),
      redisUrl: redis.url,
      env,
      directory,
      stopInstance: (index, signal = 'SIGKILL') => stopProcess(children.get(`web-${index}`), signal),
      startInstance: startWeb,
      logTail: (name, characters) => tail(name === 'nginx' ? path.join(directory, 'nginx-error.log') : log(name), characters),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** `npm run stack`: starts the stack and keeps it until Ctrl-C. */
async function main() {
  const { values } = parseArgs({ options: { instances: { type: 'string', default: '2' }, 'skip-build': { type: 'boolean', default: false } }, strict: true })
  const stack = await startStack({ instances: Number(values.instances), build: !values['skip-build'], databaseUri: process.env.DATABASE_URI })
  console.log(`\nThe site through nginx: ${stack.url}`)
  stack.instances.forEach((instance, index) => console.log(`Web instance ${index}: ${instance.url}`))
  console.log(`Redis: ${stack.redisUrl}\nConfiguration, logs and cache: ${stack.directory}\nCtrl-C stops everything.`)
  const shutdown = () => void stack.stop().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
