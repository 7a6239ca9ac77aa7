import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

describe('a student looks for a mentor on a phone', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext(phone)
    page = await context.newPage()
  })
  afterAll(() => browser?.close())

  const toggle = () => page.locator('[data-testid="filters"] > summary')
  const firstResult = () => page.locator('.mentor-list > li').first()
  const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!

  it('sees the results first: the filters are folded under one toggle', async () => {
    await page.goto(`${baseURL()}/mentors`)
    expect(await toggle().textContent()).toMatch(/^Filters\s*Show/)
    expect(await page.getByLabel('Industry').isVisible()).toBe(false)
    // The first card starts right under the toggle and the result count, on the first screen.
    const toggleBottom = (await box(toggle())).y + (await box(toggle())).height
    const first = await box(firstResult())
    expect(first.y).toBeLessThan(toggleBottom + 80)
    expect(first.y).toBeLessThan(phone.viewport.height)
    // The search box is a proper control, not a strip.
    expect((await box(page.getByLabel('Search', { exact: true }))).height).toBeGreaterThanOrEqual(40)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('opens the panel, applies a filter and sees it counted on the toggle', async () => {
    const before = await page.getByTestId('result-count').textContent()
    await toggle().click()
    await page.getByLabel('Industry').waitFor({ state: 'visible' })
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByLabel('Industry').selectOption('technology')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL((url) => url.searchParams.get('industry') === 'technology')
    expect(await toggle().textContent()).toMatch(/^Filters\s*\(1\)/)
    expect(await page.getByTestId('result-count').textContent()).not.toBe(before)

    await toggle().click()
    await page.getByLabel('Also show people who are paused or full').check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL((url) => url.searchParams.get('show') === 'all')
    expect(await toggle().textContent()).toMatch(/^Filters\s*\(2\)/)
    // After a search the panel is folded again, so the results come first.
    expect(await page.getByLabel('Industry').isVisible()).toBe(false)
  })

  it('clears the filters and keeps the words searched for', async () => {
    await page.goto(`${baseURL()}/mentors?q=interview&industry=technology&language=es`)
    await toggle().click()
    await page.getByRole('link', { name: 'Clear filters' }).click()
    await page.waitForURL((url) => url.search === '?q=interview')
    expect(await toggle().textContent()).toMatch(/^Filters\s*Show/)
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('interview')
    expect(await page.getByRole('link', { name: 'Clear filters' }).count()).toBe(0)
  })

  it('works without JavaScript: the panel opens and the filters submit', async () => {
    const plain = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const noScript = await plain.newPage()
    await noScript.goto(`${baseURL()}/mentors`)
    await noScript.locator('[data-testid="filters"] > summary').click()
    await noScript.getByLabel('Help with').selectOption('interview-practice')
    await noScript.getByRole('button', { name: 'Apply filters' }).click()
    await noScript.waitForURL((url) => url.searchParams.get('skill') === 'interview-practice')
    expect(await noScript.locator('[data-testid="filters"] > summary').textContent()).toMatch(/^Filters\s*\(1\)/)
    expect(await noScript.locator('.mentor-list > li').count()).toBeGreaterThan(0)
    await plain.close()
  })

  it('shows the filters open beside the results on a wide screen, without a toggle', async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await wide.goto(`${baseURL()}/mentors?industry=technology`)
    expect(await wide.getByLabel('Industry').isVisible()).toBe(true)
    expect(await wide.locator('[data-testid="filters"] > summary').isVisible()).toBe(false)
    const filters = (await wide.getByLabel('Industry').boundingBox())!
    const first = (await wide.locator('.mentor-list > li').first().boundingBox())!
    expect(first.x).toBeGreaterThan(filters.x + filters.width)
    expect(await accessibilityViolations(wide)).toEqual([])
    await wide.close()
  })
})
