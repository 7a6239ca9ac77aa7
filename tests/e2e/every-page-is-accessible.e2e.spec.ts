import type { Browser, BrowserContext } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToSite } from './browser'

/** Pages a visitor reaches that the sitemap leaves out: forms and a policy's history. */
const publicPagesBeyondTheSitemap = [
  '/signin',
  '/signup',
  '/forgot-password',
  '/report',
  '/policies/code-of-conduct/versions',
  '/policies/code-of-conduct/compare',
  '/no-such-page',
]

/** Each role's own pages, opened signed in as that role's demo account. */
const accountPages: { email: string; password: string; paths: string[] }[] = [
  {
    email: 'student@example.org',
    password: 'demo-student-2026',
    paths: [
      '/dashboard',
      '/account',
      '/account/requests',
      '/account/meetings',
      '/account/looking-for',
      '/mentors?for=me',
      '/account/resume',
      '/account/email',
      '/account/password',
      '/account/blocked',
      '/account/leave',
      '/account/delete',
    ],
  },
  {
    email: 'mentor@example.org',
    password: 'demo-mentor-2026',
    paths: ['/dashboard', '/account', '/account/profile', '/account/profile/availability', '/account/requests', '/account/meetings'],
  },
  { email: 'staff@example.org', password: 'demo-staff-2026', paths: ['/dashboard', '/account', '/account/index-assessment'] },
  { email: 'company@example.org', password: 'demo-company-2026', paths: ['/dashboard', '/account'] },
  { email: 'admin@example.org', password: 'demo-admin-2026', paths: ['/dashboard'] },
]

async function sitemapPaths(): Promise<string[]> {
  const xml = await fetch(`${baseURL()}/sitemap.xml`).then((response) => response.text())
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

describe.each(['light', 'dark'] as const)('every public and account page in the %s theme', (colorScheme) => {
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({ colorScheme })
  })
  afterAll(() => browser?.close())

  it('passes axe (WCAG 2.2 AA) on every page in the sitemap and every public form', async () => {
    const paths = [...(await sitemapPaths()), ...publicPagesBeyondTheSitemap]
    // A sitemap that lost its records would make this test pass on the list pages alone.
    expect(paths.filter((path) => /^\/(mentors|events|jobs|organizations|policies)\/[^/]+$/.test(path)).length).toBeGreaterThan(5)
    const page = await context.newPage()
    const violations: string[] = []
    for (const path of paths) {
      await page.goto(`${baseURL()}${path}`)
      expect(await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark')
      violations.push(...(await accessibilityViolations(page)))
    }
    await page.close()
    expect(violations).toEqual([])
  }, 600_000)

  it.each(accountPages)(
    'passes axe on the account pages of $email',
    async ({ email, password, paths }) => {
      const member = await browser.newContext({ colorScheme })
      const page = await member.newPage()
      await signInToSite(page, email, password)
      const violations: string[] = []
      for (const path of paths) {
        await openMemberPage(page, path)
        expect(new URL(page.url()).pathname).not.toBe('/signin')
        violations.push(...(await accessibilityViolations(page)))
      }
      // A conversation, when the demo account has one.
      await openMemberPage(page, '/account/requests')
      const threads = page.locator('a[href^="/account/requests/"]')
      const thread = (await threads.count()) > 0 ? await threads.first().getAttribute('href') : null
      if (thread) {
        await openMemberPage(page, thread)
        violations.push(...(await accessibilityViolations(page)))
      }
      await member.close()
      expect(violations).toEqual([])
    },
    300_000,
  )
})
