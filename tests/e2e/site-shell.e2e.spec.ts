import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('the public site shell', () => {
  let browser: Browser
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('points each kind of visitor to their guide from the home page', async () => {
    await page.goto(baseURL())
    violations.push(...(await accessibilityViolations(page)))
    for (const title of ['A guide for Career Candidates', 'A guide for Mentors', 'A guide for Companies', 'A guide for Career Centers']) {
      expect(await page.getByRole('link', { name: title }).count()).toBe(1)
    }
    await page.getByRole('link', { name: 'A guide for Mentors' }).click()
    await page.waitForURL('**/guides/mentor')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A guide for Mentors')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('lists all role guides', async () => {
    await page.goto(`${baseURL()}/guides`)
    expect(await page.locator('.card-grid li').count()).toBe(5)
    violations.push(...(await accessibilityViolations(page)))
  })

  it('answers an unknown address with a helpful 404 page', async () => {
    const response = await page.goto(`${baseURL()}/no-such-page`)
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    expect(await page.getByRole('link', { name: 'Go to the home page' }).count()).toBe(1)
    violations.push(...(await accessibilityViolations(page)))
    const guide = await page.goto(`${baseURL()}/guides/astronaut`)
    expect(guide?.status()).toBe(404)
  })

  it('lets keyboard users skip straight to the content', async () => {
    await page.goto(baseURL())
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('works on a phone-sized screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await phone.goto(`${baseURL()}/policies/code-of-conduct`)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    violations.push(...(await accessibilityViolations(phone)))
    await phone.close()
  })

  it('sends baseline security headers', async () => {
    const response = await fetch(`${baseURL()}/policies`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('serves the public pages from the cache, not rendered per request', async () => {
    const response = await fetch(`${baseURL()}/policies/code-of-conduct`)
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    expect(response.headers.get('cache-control')).not.toMatch(/no-store|private/)
  })

  it('follows the web’s conventions: an icon, a manifest, robots.txt and a sitemap of public pages only', async () => {
    const errors: string[] = []
    const fresh = await browser.newPage()
    fresh.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await fresh.goto(`${baseURL()}/policies`)
    const icons = await fresh.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(icons).toContain('/favicon.ico')
    expect(await fresh.locator('link[rel="manifest"]').getAttribute('href')).toBe('/site.webmanifest')
    await fresh.close()
    expect(errors).toEqual([])

    const favicon = await fetch(`${baseURL()}/favicon.ico`)
    expect(favicon.status).toBe(200)
    expect((await favicon.arrayBuffer()).byteLength).toBeGreaterThan(100)
    const manifest = (await (await fetch(`${baseURL()}/site.webmanifest`)).json()) as { icons: { src: string }[] }
    for (const icon of manifest.icons) expect((await fetch(`${baseURL()}${icon.src}`)).status).toBe(200)

    const robots = await (await fetch(`${baseURL()}/robots.txt`)).text()
    expect(robots).toMatch(/Disallow: \/account/)
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)

    const sitemap = await (await fetch(`${baseURL()}/sitemap.xml`)).text()
    const addresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
    expect(addresses).toEqual(expect.arrayContaining(['/', '/mentors', '/events', '/policies/code-of-conduct', '/guides/mentor']))
    expect(addresses.some((address) => address.startsWith('/mentors/'))).toBe(true)
    expect(addresses.some((address) => address.startsWith('/organizations/'))).toBe(true)
    expect(addresses.filter((address) => /^\/(account|admin|api|signin|invites)/.test(address))).toEqual([])
  })

  it('meets WCAG 2.2 AA on every page visited', () => {
    expect(violations).toEqual([])
  })
})
