/**
 * npm run bench:lighthouse [-- --skip-build --runs 1 --json report.json]
 *
 * Lighthouse (mobile settings: a mid-range phone, throttled network and CPU) on the public pages
 * a newcomer meets first: home, the mentor directory, a mentor's profile, a policy, the events and
 * the jobs. Builds the production site into .next-lighthouse/ on a temporary database with the
 * demo content, starts `next start`, and runs Debian's Chromium headless. Prints, per page, the
 * accessibility, best-practices, SEO and performance scores, the bytes transferred and the console
 * errors, beside the targets of issue 18 (95 / 95 / 95, at most 250 KB, no console errors).
 * With several runs, the lowest score and the largest transfer are printed.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { findChromium, freePort, productionEnvironment, runCommand, startServer } from './production-server'

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
  strict: true,
})
const runs = Math.max(1, Number(values.runs))

const targets = { accessibility: 95, 'best-practices': 95, seo: 95, transferKB: 250 }

type PageResult = {
  page: string
  accessibility: number
  'best-practices': number
  seo: number
  performance: number
  transferKB: number
  requests: number
  consoleErrors: string[]
  failedAudits: string[]
}

const port = await freePort()
const env = productionEnvironment({ NEXT_DIST_DIR: '.next-lighthouse', SERVER_URL: `http://127.0.0.1:${port}` })
if (!values['skip-build']) await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
const server = await startServer(env, port)

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
})

try {
  const profilePath = await firstMentorProfilePath(server.url)
  const pages = ['/', '/mentors', profilePath, '/policies/code-of-conduct', '/events', '/jobs']
  // Warm each page once so Lighthouse measures what a visitor gets from the cache, not the build's first render.
  for (const page of pages) await fetch(server.url + page).then((response) => response.arrayBuffer())

  const results: PageResult[] = []
  for (const page of pages) {
    let merged: PageResult | undefined
    for (let run = 0; run < runs; run++) {
      const result = await audit(server.url + page, chrome.port, page)
      merged = merged ? worstOf(merged, result) : result
    }
    results.push(merged!)
    console.log(`measured ${page}`)
  }

  console.log(`\nLighthouse ${lighthouseVersion()}, mobile settings, ${runs} run(s) per page, demo content (${pages.length} pages)\n`)
  const header = ['page', 'a11y', 'best pr.', 'SEO', 'perf', 'transfer', 'requests', 'console errors']
  const rows = results.map((result) => [
    result.page,
    mark(result.accessibility, result.accessibility >= targets.accessibility),
    mark(result['best-practices'], result['best-practices'] >= targets['best-practices']),
    mark(result.seo, result.seo >= targets.seo),
    String(result.performance),
    mark(`${result.transferKB.toFixed(0)} KB`, result.transferKB <= targets.transferKB),
    String(result.requests),
    mark(result.consoleErrors.length, result.consoleErrors.length === 0),
  ])
  printTable([header, ...rows])
  console.log(`\ntargets: accessibility, best practices and SEO ≥ 95; transfer ≤ ${targets.transferKB} KB; no console errors (✗ marks a miss)`)
  for (const result of results) {
    for (const failed of result.failedAudits) console.log(`  ${result.page}: ${failed}`)
    for (const error of result.consoleErrors) console.log(`  ${result.page} console: ${error}`)
  }
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2))
} finally {
  chrome.kill()
  await server.stop()
}

async function audit(url: string, chromePort: number, page: string): Promise<PageResult> {
  const runnerResult = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['accessibility', 'best-practices', 'seo', 'performance'],
  })
  if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = runnerResult
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100)
  const consoleItems = (lhr.audits['errors-in-console']?.details as { items?: { description?: string; source?: string }[] } | undefined)?.items ?? []
  const networkItems = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? []
  const failedAudits: string[] = []
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id]
      if (ref.weight > 0 && result && result.score !== null && result.score < 1) failedAudits.push(`${category}: ${result.title}`)
    }
  }
  return {
    page,
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    performance: score('performance'),
    transferKB: (lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024,
    requests: networkItems.length,
    consoleErrors: consoleItems.map((item) => `${item.source ?? ''} ${item.description ?? ''}`.trim()),
    failedAudits,
  }
}

function worstOf(a: PageResult, b: PageResult): PageResult {
  return {
    page: a.page,
    accessibility: Math.min(a.accessibility, b.accessibility),
    'best-practices': Math.min(a['best-practices'], b['best-practices']),
    seo: Math.min(a.seo, b.seo),
    performance: Math.min(a.performance, b.performance),
    transferKB: Math.max(a.transferKB, b.transferKB),
    requests: Math.max(a.requests, b.requests),
    consoleErrors: [...new Set([...a.consoleErrors, ...b.consoleErrors])],
    failedAudits: [...new Set([...a.failedAudits, ...b.failedAudits])],
  }
}

/** The first profile the public directory links to: the profile page Lighthouse measures. */
async function firstMentorProfilePath(base: string): Promise<string> {
  const html = await fetch(`${base}/mentors`).then((response) => response.text())
  const match = html.match(/href="(\/mentors\/[a-z0-9-]+)"/)
  if (!match) throw new Error('The directory lists no profile to measure')
  return match[1]
}

function lighthouseVersion(): string {
  return (JSON.parse(fs.readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')) as { version: string }).version
}

function mark(value: string | number, ok: boolean): string {
  return `${value}${ok ? '' : ' ✗'}`
}

function printTable(table: string[][]) {
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
}
