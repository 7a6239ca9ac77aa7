/**
 * npm run profile:pages [-- --profiles 5000 --connections 20 --duration 15 --skip-build --keep]
 *
 * Where uncached public pages spend their time. Builds the production site into .next-profile/ on
 * a temporary database with the demo content plus synthetic Mentor and Connector profiles, starts
 * `next start` under Node's CPU profiler, loads each page below with autocannon, stops the server
 * and summarises what the profiler saw while each page was under load: the functions with the
 * most self time, and the packages and files with the most total time. Each page's requests per
 * second, latency and size are printed with it, and, for comparison, those of the unfiltered
 * /events from the page cache. The .cpuprofile is kept for Chrome's DevTools.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import autocannon from 'autocannon'
import type { Payload } from 'payload'

import { slugify } from '../collections/fields/slug'
import { freePort, root, runCommand } from './production-server'
import { runScript } from './run-script'
import {
  addProfileRows,
  emptyProfileTables,
  industries,
  seededRandom,
  skills,
  syntheticOrganizations,
  syntheticProfile,
  type DirectoryLists,
  type NamedEntry,
  type OrganizationEntry,
} from './synthetic-profiles'

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '15' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
})
const profileCount = Number(values.profiles)
const connections = Number(values.connections)
const duration = Number(values.duration)
for (const [name, value] of [
  ['profiles', profileCount],
  ['connections', connections],
  ['duration', duration],
] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0, not "${values[name]}".`)
}

/** Filtered, so never from the page cache: every request renders. */
const pages = ['/mentors?q=interview', '/events?format=online']
const organizationCount = 200
const distDir = '.next-profile'

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-profile-pages-'))
const databaseFile = path.join(workDir, 'platform.db')
const profileDir = path.join(workDir, 'cpu-profiles')
// The configuration reads these when first imported, so they are set before it is.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: `file:${databaseFile}`,
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  MEDIA_DIR: path.join(workDir, 'media'),
  RESUMES_DIR: path.join(workDir, 'resumes'),
  RESOURCE_FILES_DIR: path.join(workDir, 'resources'),
  ISR_CACHE_DIR: path.join(workDir, 'isr-cache'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
}
Object.assign(process.env, env)

const format = (value: number) => Math.round(value).toLocaleString('en-US')
const ms = (microseconds: number) => `${format(microseconds / 1000)} ms`

/**
 * `next build` adds its dist folder's types to tsconfig.json and points next-env.d.ts at them:
 * both are put back afterwards so a run leaves the checkout as it was.
 */
async function build(): Promise<void> {
  const nextEnvFile = path.join(root, 'next-env.d.ts')
  const tsconfigFile = path.join(root, 'tsconfig.json')
  const nextEnvBefore = fs.readFileSync(nextEnvFile, 'utf8')
  try {
    await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build (with the demo content)')
  } finally {
    if (fs.readFileSync(nextEnvFile, 'utf8').includes(distDir)) fs.writeFileSync(nextEnvFile, nextEnvBefore)
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8')) as { include?: string[] }
    const include = tsconfig.include?.filter((entry) => !entry.startsWith(`${distDir}/`))
    if (include && include.length !== tsconfig.include?.length) fs.writeFileSync(tsconfigFile, `${JSON.stringify({ ...tsconfig, include }, null, 2)}\n`)
  }
}

// ---------------------------------------------------------------------------------------------
// Data: the demo content, then synthetic profiles on the same lists

/** The entries of a list by name, adding the ones the demo content lacks (through Payload, as an admin would). */
async function listEntries(payload: Payload, collection: 'industries' | 'skills', names: readonly string[]): Promise<NamedEntry[]> {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { name: true, slug: true }, overrideAccess: true })
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
  const entries: NamedEntry[] = []
  for (const name of names) {
    const doc =
      bySlug.get(slugify(name)) ?? (await payload.create({ collection, data: { name, slug: '' }, overrideAccess: true, context: { disableRevalidate: true } }))
    entries.push({ id: Number(doc.id), name, slug: doc.slug })
  }
  return entries
}

async function addSyntheticProfiles(): Promise<{ profiles: number; organizations: number; events: number }> {
  const [{ default: config }, { getPayload }] = await Promise.all([import('../payload.config'), import('payload')])
  const payload = await getPayload({ config })
  const client = (payload.db as unknown as SQLiteAdapter).client
  try {
    const random = seededRandom(42)
    const organizations: OrganizationEntry[] = []
    const existing = new Set(
      (await payload.find({ collection: 'organizations', pagination: false, depth: 0, select: { name: true }, overrideAccess: true })).docs.map(
        (doc) => doc.name,
      ),
    )
    for (const { industry, ...data } of syntheticOrganizations(random, organizationCount)) {
      if (existing.has(data.name)) continue
      const doc = await payload.create({ collection: 'organizations', data: { ...data, slug: '' }, overrideAccess: true, context: { disableRevalidate: true } })
      organizations.push({ id: Number(doc.id), name: doc.name, slug: doc.slug, kind: doc.kind, industry })
    }
    const lists: DirectoryLists = {
      industries: await listEntries(
        payload,
        'industries',
        industries.map((entry) => entry.name),
      ),
      skills: await listEntries(
        payload,
        'skills',
        skills.map((entry) => entry.name),
      ),
      organizations,
    }

    // Raw rows, a thousand profiles per transaction: Payload's create is far too slow for thousands.
    const next = async (table: string) => Number((await client.execute(`SELECT coalesce(max(id), 0) + 1 AS id FROM "${table}"`)).rows[0].id)
    const firstUser = await next('users')
    const firstProfile = await next('mentor_profiles')
    const profileRandom = seededRandom(43)
    const now = new Date()
    for (let start = 0; start < profileCount; start += 1000) {
      const tables = emptyProfileTables()
      for (let index = start; index < Math.min(profileCount, start + 1000); index += 1) {
        addProfileRows(tables, syntheticProfile(profileRandom, index, lists, now), { user: firstUser + index, profile: firstProfile + index })
      }
      const statements = Object.entries(tables).flatMap(([table, rows]) =>
        rows.map((row) => {
          const columns = Object.keys(row)
          return {
            sql: `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            args: Object.values(row),
          }
        }),
      )
      await client.batch(statements as Parameters<typeof client.batch>[0], 'write')
    }
    await client.execute('ANALYZE')
    const count = async (collection: 'mentor-profiles' | 'organizations' | 'events') => (await payload.count({ collection, overrideAccess: true })).totalDocs
    return { profiles: await count('mentor-profiles'), organizations: await count('organizations'), events: await count('events') }
  } finally {
    // The server opens the database itself.
    await payload.destroy()
    client.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Server and load

type Server = { url: string; stop: () => Promise<void> }

/** `next start` under Node's CPU profiler, which writes its .cpuprofile when the process exits. */
async function startProfiledServer(port: number): Promise<Server> {
  const child = spawn(
    process.execPath,
    [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output.slice(-4000)}`)
    const ok = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) throw new Error(`The server did not answer within 120 s:\n${output.slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      // Next closes the server and exits on SIGTERM; the profiler writes its file on exit.
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** A moment on the monotonic clock, in microseconds, as the V8 profiler stamps its samples. */
const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n)

/** The same list without a filter, from the page cache: what a filtered page's rendering is compared with. */
const cachedPage = '/events'

type Load = { path: string; rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number; bytes: number; window: [number, number] }

async function load(url: string, pagePath: string, { cached = false } = {}): Promise<Load> {
  const sample = await fetch(`${url}${pagePath}`)
  const bytes = Buffer.byteLength(await sample.text())
  if (sample.status !== 200) throw new Error(`${pagePath} answered ${sample.status}`)
  if (Boolean(sample.headers.get('cache-control')?.includes('s-maxage')) !== cached) {
    throw new Error(`${pagePath} ${cached ? 'did not come' : 'came'} from the page cache (Cache-Control: ${sample.headers.get('cache-control')}).`)
  }
  const started = monotonicMicroseconds()
  const result = await autocannon({ url: `${url}${pagePath}`, connections, duration })
  const ended = monotonicMicroseconds()
  return {
    path: pagePath,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes,
    window: [started, ended],
  }
}

// ---------------------------------------------------------------------------------------------
// The profile

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** A frame as its source reads: frames in the site's bundle are mapped back through the build's source maps. */
type Frame = { functionName: string; file: string; line: number }

const sourceMaps = new Map<string, SourceMap | null>()
const frames = new Map<string, Frame>()

function sourceMapOf(file: string): SourceMap | null {
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`
    sourceMaps.set(file, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : null)
  }
  return sourceMaps.get(file)!
}

function frameOf({ functionName, url, lineNumber, columnNumber }: CallFrame): Frame {
  const key = `${functionName}|${url}|${lineNumber}|${columnNumber}`
  let frame = frames.get(key)
  if (!frame) {
    const file = decodeURIComponent(url.replace(/^file:\/\//, ''))
    frame = { functionName, file, line: lineNumber + 1 }
    const map = file.includes(`/${distDir}/`) ? sourceMapOf(file) : null
    const entry = map?.findEntry(lineNumber, columnNumber)
    if (entry && 'originalSource' in entry && entry.originalSource) {
      const source = decodeURIComponent(entry.originalSource).replace(/^turbopack:\/\/\/\[project\]\//, `${root}/`)
      frame = { functionName, file: path.resolve(path.dirname(file), source), line: entry.originalLine + 1 }
    }
    frames.set(key, frame)
  }
  return frame
}

/** What a frame belongs to: a package, Node itself, V8's own work, or one of the site's files. */
function partOf({ functionName, file }: Frame): string {
  if (!file) return functionName.startsWith('(') ? functionName : '(native)'
  if (file.startsWith('node:')) return 'node (core)'
  if (file.includes('[turbopack]')) return 'next: turbopack runtime'
  const compiled = /node_modules\/next\/dist\/compiled\/(?:next-server\/)?([^/]+?)(?:\.runtime\.prod)?(?:\.js$|\/)/.exec(file)
  if (compiled) return compiled[1].startsWith('app-page') ? 'next: app-page runtime (React server rendering)' : `next: compiled ${compiled[1]}`
  const modules = file.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = file.slice(modules + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  return path.relative(root, file)
}

const label = ({ functionName, file, line }: Frame) => {
  const shown = file.replace(/^.*node_modules\//, '').replace(`${root}/`, '')
  return `${functionName || '(anonymous)'}${shown ? `  ${shown}:${line}` : ''}`
}

/** The layer a part belongs to; their self times add up to the whole. */
function layerOf(part: string): string {
  if (part.startsWith('next: app-page') || part.startsWith('next: compiled react')) return 'React rendering (Next app-page runtime, react-dom)'
  if (part.startsWith('next')) return 'Next server (routing, cache, response)'
  if (/^(drizzle-orm|@libsql\/|libsql$|@payloadcms\/(drizzle|db-sqlite|db-mongodb)|mongoose|mongodb)/.test(part)) return 'Database (drizzle, libsql / SQLite)'
  if (part === 'payload' || part.startsWith('@payloadcms/')) return 'Payload (operations, hooks, access)'
  if (part.startsWith('src/') || part.startsWith('collections/') || part.startsWith('globals/')) return 'Site code (src/, collections/)'
  if (part === '(garbage collector)') return 'Garbage collection'
  if (part === 'node (core)' || part === '(native)' || part === '(program)') return 'Node and V8 (promises, async hooks, streams)'
  return 'Other packages'
}

type Summary = { sampled: number; self: [string, number][]; parts: [string, number, number][]; layers: [string, number][] }

/** Self time per function, and self and total time per part, of the samples inside `window`. */
function summarise(profile: CpuProfile, [from, to]: [number, number]): Summary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfByFunction = new Map<string, number>()
  const selfByPart = new Map<string, number>()
  const totalByPart = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value)
  let time = profile.startTime
  let sampled = 0
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i]
    // A sample stands for the interval until the next one.
    const weight = profile.timeDeltas[i + 1] ?? 0
    if (time < from || time > to) continue
    const node = byId.get(profile.samples[i])!
    if (node.callFrame.functionName === '(idle)') continue
    sampled += weight
    const frame = frameOf(node.callFrame)
    add(selfByFunction, label(frame), weight)
    add(selfByPart, partOf(frame), weight)
    const parts = new Set<string>()
    // Node's core and native frames sit under nearly every stack: they count only as self time.
    parts.add(partOf(frame))
    for (let id = parent.get(node.id); id !== undefined; id = parent.get(id)) {
      const part = partOf(frameOf(byId.get(id)!.callFrame))
      if (part !== 'node (core)' && part !== '(native)' && part !== '(root)') parts.add(part)
    }
    for (const part of parts) add(totalByPart, part, weight)
  }
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])
  const selfByLayer = new Map<string, number>()
  for (const [part, value] of selfByPart) add(selfByLayer, layerOf(part), value)
  return {
    sampled,
    layers: top(selfByLayer),
    self: top(selfByFunction).slice(0, 15),
    parts: top(totalByPart)
      .slice(0, 15)
      .map(([part, total]) => [part, selfByPart.get(part) ?? 0, total]),
  }
}

function printSummary(run: Load, summary: Summary): void {
  const share = (value: number) => `${((value / summary.sampled) * 100).toFixed(1).padStart(5)} %`
  console.log(
    `\n${run.path}: ${run.rps.toFixed(1)} req/s · p50 ${run.p50} ms · p99 ${run.p99} ms · ${format(run.requests)} requests · ${format(run.bytes)} bytes of HTML each` +
      (run.errors || run.non2xx ? ` · ${run.errors} errors, ${run.non2xx} non-2xx` : ''),
  )
  console.log(
    `CPU busy ${ms(summary.sampled)} of ${ms(run.window[1] - run.window[0])} under load (${((summary.sampled / (run.window[1] - run.window[0])) * 100).toFixed(0)} % of one core; idle left out)`,
  )
  console.log('  self time   layer')
  for (const [layer, value] of summary.layers) console.log(`  ${share(value)}     ${layer}`)
  console.log('  self time   function')
  for (const [name, value] of summary.self) console.log(`  ${share(value)}     ${name}`)
  console.log('  self      total     part (package, file or V8; total: time with the part anywhere on the stack)')
  for (const [part, self, total] of summary.parts) console.log(`  ${share(self)}   ${share(total)}   ${part}`)
}

async function main(): Promise<void> {
  if (values['skip-build']) {
    if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`--skip-build needs an earlier build in ${distDir}/; run once without it.`)
    await runCommand('npm', ['run', 'db:prepare', '--silent'], env, 'Database preparation (with the demo content)')
  } else {
    await build()
  }
  const data = await addSyntheticProfiles()
  const sizes = `${format(data.profiles)} profiles, ${format(data.organizations)} organisations, ${format(data.events)} events`
  console.log(`Database: ${sizes} (SQLite, ${format(fs.statSync(databaseFile).size / 1024 / 1024)} MB)`)

  const server = await startProfiledServer(await freePort())
  const runs: Load[] = []
  let cached: Load | undefined
  try {
    // Warm each page up first: the measurement is of a running server, not of its first requests.
    for (const pagePath of pages) for (let i = 0; i < 20; i += 1) await (await fetch(`${server.url}${pagePath}`)).text()
    for (const pagePath of pages) runs.push(await load(server.url, pagePath))
    cached = await load(server.url, cachedPage, { cached: true })
  } finally {
    await server.stop()
  }

  const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error(`The server wrote no CPU profile into ${profileDir}.`)
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile
  const kept = path.join(root, distDir, 'profile-pages.cpuprofile')
  fs.copyFileSync(path.join(profileDir, file), kept)

  console.log(
    `\nprofile:pages · ${connections} connections, ${duration} s per page, one \`next start\` process, ${os.availableParallelism()} cores, autocannon on the same machine, load average ${os.loadavg()[0].toFixed(1)}`,
  )
  console.log(`data: demo content + ${sizes}`)
  for (const run of runs) {
    const summary = summarise(profile, run.window)
    if (summary.sampled === 0) throw new Error(`No profile samples fall inside the load of ${run.path}: the profiler's clock and this one disagree.`)
    printSummary(run, summary)
  }
  if (cached) {
    console.log(
      `\nFor comparison, ${cached.path} from the page cache (same server, profiler on): ${cached.rps.toFixed(0)} req/s · p50 ${cached.p50} ms · p99 ${cached.p99} ms · ${format(cached.bytes)} bytes of HTML`,
    )
  }
  console.log(`\nWhole profile (open in Chrome DevTools → Performance): ${path.relative(process.cwd(), kept)}`)
  if (values.keep) console.log(`Database kept: ${databaseFile}`)
  else fs.rmSync(workDir, { recursive: true, force: true })
}

await runScript(main)
