/**
 * npm run bench:directory [-- --profiles 50000 --seed 42 --skip-build --skip-pages --keep-database]
 *
 * Seeds a temporary SQLite database with synthetic Mentor and Connector profiles, times a fixed
 * mix of directory searches through searchMentors (the helper /mentors uses), then the same
 * searches as /mentors page requests against the production build on that database.
 * Targets at 50,000 profiles: searches p95 ≤ 20 ms, pages p50 ≤ 60 ms, seeding ≤ 120 s.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'

import type { DirectoryParams } from '../src/directory/params'
import { freePort, productionEnvironment, root, runCommand, startServer } from './production-server'
import { runScript } from './run-script'
import {
  addProfileRows,
  emptyProfileTables,
  industries,
  seededRandom,
  skills,
  syntheticDirectoryQueries,
  syntheticOrganizations,
  syntheticProfile,
  type DirectoryLists,
  type ProfileTables,
  type Random,
} from './synthetic-profiles'

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '42' },
    'skip-build': { type: 'boolean', default: false },
    'skip-pages': { type: 'boolean', default: false },
    'keep-database': { type: 'boolean', default: false },
  },
  strict: true,
})
const profileCount = Number(values.profiles)
const seed = Number(values.seed)
if (!Number.isInteger(profileCount) || profileCount < 1) throw new Error(`--profiles must be a whole number above 0, not "${values.profiles}".`)
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`)

const queryCount = 200
const warmUpCount = 10
const organizationCount = 200
const profilesPerBatch = 1000
const distDir = '.next-bench-directory'

// The configuration reads these when first imported, so they are set before it is.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-directory-bench-'))
const databaseFile = path.join(workDir, 'directory.db')
const benchEnv = {
  DATABASE_URI: `file:${databaseFile}`,
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  MEDIA_DIR: path.join(workDir, 'media'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  SEED_DEMO: 'false',
  NEXT_DIST_DIR: distDir,
  // Anything revalidated outside the server lands here, never in another build's cache.
}
Object.assign(process.env, benchEnv)

type Client = SQLiteAdapter['client']
type Statement = Parameters<Client['batch']>[0][number]
type Row = ProfileTables[keyof ProfileTables][number]

const format = (value: number) => value.toLocaleString('en-US')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

type Timing = { p50: number; p95: number; max: number }
const timingOf = (durations: number[]): Timing => {
  const sorted = [...durations].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] }
}

/** A bar redrawn in place on a terminal; in a log, a line every tenth of the way. */
function progress(done: number, total: number, started: number): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${format(done)} / ${format(total)}  ${seconds(performance.now() - started)}`
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
  else if (done === total || Math.floor((done * 10) / total) > Math.floor(((done - profilesPerBatch) * 10) / total)) process.stderr.write(`${line}\n`)
}

/** Multi-row INSERTs, kept below SQLite's limit of 32,766 bound values per statement. */
function insertStatements(table: string, rows: Row[]): Statement[] {
  if (rows.length === 0) return []
  const columns = Object.keys(rows[0])
  const rowsPerStatement = Math.floor(30_000 / columns.length)
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  const statements: Statement[] = []
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement)
    statements.push({
      sql: `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      args: chunk.flatMap((row) => columns.map((column) => row[column])),
    })
  }
  return statements
}

/** Industries, skills and organisations, through Payload as an admin would add them. */
async function createLists(payload: Payload, random: Random): Promise<DirectoryLists> {
  const context = { disableRevalidate: true }
  const created = async (collection: 'industries' | 'skills', names: readonly string[]) => {
    const entries = []
    for (const name of names) {
      const doc = await payload.create({ collection, data: { name, slug: '' }, overrideAccess: true, context })
      entries.push({ id: doc.id, name: doc.name, slug: doc.slug })
    }
    return entries
  }
  const industryEntries = await created(
    'industries',
    industries.map((industry) => industry.name),
  )
  const skillEntries = await created(
    'skills',
    skills.map((skill) => skill.name),
  )
  const organizations = []
  for (const organization of syntheticOrganizations(random, organizationCount)) {
    const { industry, ...data } = organization
    const doc = await payload.create({ collection: 'organizations', data: { ...data, slug: '' }, overrideAccess: true, context })
    organizations.push({ id: doc.id, name: doc.name, slug: doc.slug, kind: doc.kind, industry })
  }
  return { industries: industryEntries, skills: skillEntries, organizations }
}

/** Accounts and profiles in raw SQL, a batch per transaction: Payload's create is far too slow for tens of thousands. */
async function seedProfiles(client: Client, random: Random, lists: DirectoryLists, now: Date): Promise<number> {
  const started = performance.now()
  const next = async (table: string) => Number((await client.execute(`SELECT coalesce(max(id), 0) + 1 AS id FROM "${table}"`)).rows[0].id)
  const firstUser = await next('users')
  const firstProfile = await next('mentor_profiles')
  progress(0, profileCount, started)
  for (let start = 0; start < profileCount; start += profilesPerBatch) {
    const tables = emptyProfileTables()
    const end = Math.min(profileCount, start + profilesPerBatch)
    for (let index = start; index < end; index += 1) {
      addProfileRows(tables, syntheticProfile(random, index, lists, now), { user: firstUser + index, profile: firstProfile + index })
    }
    const statements = (Object.keys(tables) as (keyof ProfileTables)[]).flatMap((table) => insertStatements(table, tables[table]))
    await client.batch(statements, 'write')
    progress(end, profileCount, started)
  }
  return performance.now() - started
}

/** The seeded data reads back through Payload: the count, a search, and the search text its hook would build. */
async function checkSeededData(payload: Payload, searchMentors: typeof import('../src/queries/mentors').searchMentors): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'mentor-profiles' })
  if (totalDocs !== profileCount) throw new Error(`Expected ${format(profileCount)} profiles, Payload counts ${format(totalDocs)}.`)
  const found = await searchMentors(payload, { q: 'interview', show: 'all', sort: 'relevance', page: 1 }, null)
  if (found.totalDocs === 0 || found.docs.length === 0) throw new Error('A search for "interview" found no profiles.')

  // Saving a profile through Payload runs buildSearchText: the text must not change.
  const { docs } = await payload.find({ collection: 'mentor-profiles', limit: 3, depth: 0, overrideAccess: true, select: { searchText: true, headline: true } })
  for (const doc of docs) {
    const saved = await payload.update({
      collection: 'mentor-profiles',
      id: doc.id,
      data: { headline: doc.headline },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    if (saved.searchText !== doc.searchText) {
      throw new Error(`The seeded search text of profile ${doc.id} differs from what Payload builds:\n${doc.searchText}\n---\n${saved.searchText}`)
    }
  }
}

type Measured = { params: DirectoryParams; ms: number; results: number }

async function measureQueries(
  payload: Payload,
  searchMentors: typeof import('../src/queries/mentors').searchMentors,
  queries: DirectoryParams[],
): Promise<Measured[]> {
  for (const params of queries.slice(0, warmUpCount)) await searchMentors(payload, params, null)
  const measured: Measured[] = []
  for (const params of queries) {
    const started = performance.now()
    const result = await searchMentors(payload, params, null)
    measured.push({ params, ms: performance.now() - started, results: result.totalDocs })
  }
  return measured
}

type PageRun = { timing: Timing; missing: number; failed: string[] }

async function measurePages(urls: string[], skipBuild: boolean): Promise<PageRun> {
  const env = productionEnvironment(benchEnv)
  if (skipBuild) {
    if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`--skip-build needs an earlier build in ${distDir}/; run once without it.`)
  } else {
    await buildWithoutTouchingConfig(env)
  }
  const server = await startServer(env, await freePort())
  try {
    for (const url of urls.slice(0, warmUpCount)) await (await fetch(`${server.url}${url}`)).text()
    const durations: number[] = []
    const failed: string[] = []
    let missing = 0
    for (const url of urls) {
      const started = performance.now()
      const response = await fetch(`${server.url}${url}`)
      await response.text()
      durations.push(performance.now() - started)
      if (response.status === 404) missing += 1
      else if (response.status !== 200) failed.push(`${response.status} ${url}`)
    }
    return { timing: timingOf(durations), missing, failed }
  } finally {
    await server.stop()
  }
}

/**
 * `next build` adds its dist folder's types to tsconfig.json and points next-env.d.ts at them:
 * both are put back afterwards so a benchmark run leaves the checkout as it was.
 */
async function buildWithoutTouchingConfig(env: NodeJS.ProcessEnv): Promise<void> {
  const nextEnvFile = path.join(root, 'next-env.d.ts')
  const tsconfigFile = path.join(root, 'tsconfig.json')
  const nextEnvBefore = fs.readFileSync(nextEnvFile, 'utf8')
  try {
    await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
  } finally {
    if (fs.readFileSync(nextEnvFile, 'utf8').includes(distDir)) fs.writeFileSync(nextEnvFile, nextEnvBefore)
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8')) as { include?: string[] }
    const include = tsconfig.include?.filter((entry) => !entry.startsWith(`${distDir}/`))
    if (include && include.length !== tsconfig.include?.length) fs.writeFileSync(tsconfigFile, `${JSON.stringify({ ...tsconfig, include }, null, 2)}\n`)
  }
}

async function main(): Promise<void> {
  const [{ default: config }, { getPayload }, { migrations }, { searchMentors }, { directoryHref }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('../src/migrations'),
    import('../src/queries/mentors'),
    import('../src/directory/params'),
  ])
  const cores = os.availableParallelism()
  let payload: Payload | undefined
  let client: Client | undefined
  try {
    payload = await getPayload({ config })
    client = (payload.db as unknown as SQLiteAdapter).client
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const now = new Date()
    const lists = await createLists(payload, seededRandom(seed))
    console.log(`Database ${databaseFile}: ${lists.industries.length} industries, ${lists.skills.length} skills, ${lists.organizations.length} organisations`)

    console.error(`Seeding ${format(profileCount)} profiles (seed ${seed})`)
    const seedingMs = await seedProfiles(client, seededRandom(seed + 1), lists, now)
    const analyzeStarted = performance.now()
    await client.execute('ANALYZE')
    const analyzeMs = performance.now() - analyzeStarted
    const databaseBytes = fs.statSync(databaseFile).size + (fs.existsSync(`${databaseFile}-wal`) ? fs.statSync(`${databaseFile}-wal`).size : 0)
    console.log(`Seeded in ${seconds(seedingMs)}, ANALYZE ${seconds(analyzeMs)}, database ${format(Math.round(databaseBytes / 1024 / 1024))} MB`)
    await checkSeededData(payload, searchMentors)

    // The same searches for any profile count, so runs at different sizes compare.
    const queries = syntheticDirectoryQueries(seededRandom(seed + 2), queryCount, lists)
    // The machine may be shared: other work running alongside skews the figures.
    const load = os.loadavg()[0]
    const measured = await measureQueries(payload, searchMentors, queries)
    const queryTiming = timingOf(measured.map((run) => run.ms))
    const averageResults = Math.round(measured.reduce((sum, run) => sum + run.results, 0) / measured.length)

    console.log(`\nprofiles: ${format(profileCount)}`)
    console.log(
      `queries: ${measured.length} (after ${warmUpCount} warm-up), searchMentors(payload, params, null), load average ${load.toFixed(1)} on ${cores} cores`,
    )
    console.log(
      `p50 ${queryTiming.p50.toFixed(1)} ms · p95 ${queryTiming.p95.toFixed(1)} ms · max ${queryTiming.max.toFixed(1)} ms · avg results ${format(averageResults)}`,
    )
    console.log('slowest:')
    for (const run of [...measured].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
      console.log(`  ${run.ms.toFixed(1).padStart(7)} ms  ${format(run.results).padStart(6)} results  ${directoryHref(run.params)}`)
    }

    // The server opens the database itself.
    await payload.destroy()
    client.close()
    payload = undefined
    client = undefined

    let pages: PageRun | undefined
    if (!values['skip-pages']) {
      pages = await measurePages(
        queries.map((params) => directoryHref(params)),
        values['skip-build'],
      )
      if (pages.failed.length > 0) console.log(`Page requests that failed:\n  ${pages.failed.slice(0, 10).join('\n  ')}`)
    }

    const pageLine = !pages
      ? 'skipped (--skip-pages)'
      : `p50 ${Math.round(pages.timing.p50)} ms · p95 ${Math.round(pages.timing.p95)} ms · max ${Math.round(pages.timing.max)} ms` +
        (pages.missing > 0 ? `  · page missing (${pages.missing} × 404)` : '') +
        (pages.failed.length > 0 ? `  · ${pages.failed.length} failed` : '')
    console.log(`\nMentor directory benchmark · ${format(profileCount)} profiles · SQLite · ${cores} cores`)
    console.log(`seeding         ${seconds(seedingMs)} (+ ANALYZE ${seconds(analyzeMs)})`)
    console.log(
      `queries (${measured.length})   p50 ${queryTiming.p50.toFixed(1)} ms · p95 ${queryTiming.p95.toFixed(1)} ms · max ${queryTiming.max.toFixed(1)} ms · avg results ${format(averageResults)}`,
    )
    console.log(`pages (${queries.length})     ${pageLine}`)
  } finally {
    if (payload) await payload.destroy()
    client?.close()
    if (values['keep-database']) console.log(`Database kept: ${databaseFile}`)
    else fs.rmSync(workDir, { recursive: true, force: true })
  }
}

await runScript(main)
