/**
 * npm run screenshots [-- --skip-build]
 *
 * The README's screenshots: the main pages on a desktop (1280 × 800) and a phone (390 × 844),
 * built into .next-screenshots/ on a temporary database with the demo content, taken with
 * Debian's Chromium into docs/screenshots/<name>-desktop.png and <name>-phone.png. Pages behind
 * sign-in are taken as the demo account of the role that uses them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { chromium, type Page } from 'playwright-core'

import { findChromium, freePort, productionEnvironment, root, runCommand, startServer } from './production-server'

const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } }, strict: true })

type Shot = { name: string; path: string | ((base: string) => Promise<string>); as?: { email: string; password: string } }

const student = { email: 'student@example.org', password: 'demo-student-2026' }
const mentor = { email: 'mentor@example.org', password: 'demo-mentor-2026' }
const staff = { email: 'staff@example.org', password: 'demo-staff-2026' }

const shots: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'mentors', path: '/mentors' },
  { name: 'mentor-profile', path: firstLink('/mentors', /href="(\/mentors\/[a-z0-9-]+)"/) },
  { name: 'organization', path: '/organizations/northwind-analytics' },
  { name: 'events', path: '/events' },
  { name: 'jobs', path: '/jobs' },
  { name: 'policy', path: '/policies/code-of-conduct' },
  { name: 'student-dashboard', path: '/dashboard', as: student },
  { name: 'mentor-requests', path: '/account/requests', as: mentor },
  { name: 'mentor-profile-editor', path: '/account/profile', as: mentor },
  { name: 'career-centre-dashboard', path: '/dashboard', as: staff },
]

const viewports = [
  { label: 'desktop', viewport: { width: 1280, height: 800 } },
  { label: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
]

function firstLink(listPath: string, pattern: RegExp) {
  return async (base: string) => {
    const html = await fetch(base + listPath).then((response) => response.text())
    const match = pattern.exec(html)
    if (!match) throw new Error(`${listPath} links to nothing to photograph`)
    return match[1]
  }
}

async function signIn(page: Page, base: string, account: { email: string; password: string }) {
  await page.goto(`${base}/signin`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname !== '/signin')
}

const port = await freePort()
const env = productionEnvironment({ NEXT_DIST_DIR: '.next-screenshots', SERVER_URL: `http://127.0.0.1:${port}` })
if (!values['skip-build']) await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
const server = await startServer(env, port)
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
})
const outDir = path.join(root, 'docs', 'screenshots')
fs.mkdirSync(outDir, { recursive: true })

try {
  for (const { label, ...device } of viewports) {
    for (const shot of shots) {
      const context = await browser.newContext({ ...device, colorScheme: 'light' })
      const page = await context.newPage()
      if (shot.as) await signIn(page, server.url, shot.as)
      const target = typeof shot.path === 'string' ? shot.path : await shot.path(server.url)
      await page.goto(server.url + target, { waitUntil: 'networkidle' })
      const file = path.join(outDir, `${shot.name}-${label}.png`)
      // The phone shot shows what a visitor sees first and a little beyond; the desktop one the whole page up to 2,400 px.
      const height = label === 'phone' ? 1_600 : 2_400
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: device.viewport.width, height: Math.min(pageHeight, height) } })
      console.log(`${path.relative(root, file)}  ${target}`)
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.stop()
}
