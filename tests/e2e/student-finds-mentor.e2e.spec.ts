import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('a student finds a mentor in the directory', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  const names = () => page.locator('.mentor-list h2 a').allTextContents()
  const search = async () => {
    const before = page.url()
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL((url) => url.toString() !== before)
    await page.getByTestId('result-count').waitFor()
  }

  it('starts on the home page: a search box, mentors open to new students, and a way to join', async () => {
    await page.goto(baseURL())
    const featured = page.getByRole('region', { name: 'Open to new students' })
    expect(await featured.locator('.mentor-card').count()).toBeGreaterThan(0)
    expect(await featured.locator('.availability-note').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Join as a Career Candidate' }).getAttribute('href')).toBe('/signup?role=career-candidate')
    for (const [name, href] of [
      ['See all Mentors and Connectors', '/mentors'],
      ['See all events', '/events'],
      ['See all jobs', '/jobs'],
      ['See all organisations', '/organizations'],
    ]) {
      expect(await page.getByRole('link', { name }).getAttribute('href')).toBe(href)
    }
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByLabel('Search Mentors and Connectors').fill('interview')
    await page.getByRole('button', { name: 'Find a mentor' }).click()
    await page.waitForURL((url) => url.pathname === '/mentors' && url.searchParams.get('q') === 'interview')
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('interview')
    expect(await names()).not.toEqual([])
  })

  it('opens the directory, with only people open to new students', async () => {
    await page.goto(`${baseURL()}/mentors`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Find a Mentor or Connector')
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^\d+ Mentors and Connectors, showing 1–20 open to new students$/)
    expect(await page.locator('.availability-note').count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toMatch(/@example\.org/)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('pages through the results without repeating anyone', async () => {
    const first = await names()
    expect(first).toHaveLength(20)
    await page.getByRole('link', { name: 'Next page' }).click()
    await page.waitForURL('**/mentors?page=2')
    const second = await names()
    expect(second.length).toBeGreaterThan(0)
    expect(second.filter((name) => first.includes(name))).toEqual([])
    expect(await page.locator('.pagination').textContent()).toContain('Page 2 of')
  })

  it('searches by industry and skill, with the choices in the address', async () => {
    await page.goto(`${baseURL()}/mentors`)
    await page.getByLabel('Industry').selectOption('technology')
    await page.getByLabel('Help with').selectOption('interview-practice')
    await search()
    expect(new URL(page.url()).searchParams.get('industry')).toBe('technology')
    expect(new URL(page.url()).searchParams.get('skill')).toBe('interview-practice')
    expect((await names()).sort()).toEqual(['Alex Rivera', 'Jun Park', 'Priya Nair', 'Victor Nguyen', 'Zoe Martins'])
    expect(await page.getByTestId('result-count').textContent()).toBe('5 Mentors and Connectors open to new students')
  })

  it('narrows by words, and asks to include people who are full', async () => {
    await page.getByLabel('Help with').selectOption('portfolio-review')
    await search()
    expect(await names()).toEqual(['Zoe Martins'])
    await page.getByLabel('Also show people who are paused or full').check()
    await search()
    expect((await names()).sort()).toEqual(['Eli Goldberg', 'Zoe Martins'])
    expect(await page.locator('.mentor-card', { hasText: 'Eli Goldberg' }).locator('.availability-note').textContent()).toBe('Full for now')
    await page.getByLabel('Search', { exact: true }).fill('fintech')
    await search()
    expect(await names()).toEqual(['Zoe Martins'])
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('shares the address and the same search comes back', async () => {
    const shared = page.url()
    const other = await browser.newPage()
    await other.goto(shared)
    expect(await other.locator('.mentor-list h2 a').allTextContents()).toEqual(await names())
    expect(await other.getByLabel('Search', { exact: true }).inputValue()).toBe('fintech')
    expect(await other.getByLabel('Also show people who are paused or full').isChecked()).toBe(true)
    await other.close()
  })

  it('explains an empty result and how to widen it', async () => {
    await page.goto(`${baseURL()}/mentors?q=zzzz-no-such-word`)
    expect(await page.getByTestId('empty-state').textContent()).toContain('Nobody matches all of these choices yet.')
    await page.getByRole('link', { name: 'Clear the search and filters' }).click()
    await page.waitForURL((url) => url.pathname === '/mentors' && url.search === '')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('opens a profile: what the mentor chose to show, and no email address', async () => {
    await page.goto(`${baseURL()}/mentors?q=first-generation`)
    await page.getByRole('link', { name: 'Alex Rivera' }).click()
    await page.waitForURL(/\/mentors\/alex-rivera-[a-f0-9]+$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Alex Rivera (they/them)')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('Software engineer who loves helping first-generation students into tech')
    expect(main).toContain('Résumé review, Interview practice, Job search strategy')
    // Alex shows how they describe themselves to signed-in members only.
    expect(await page.getByTestId('identities').count()).toBe(0)
    expect(main).not.toMatch(/@/)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('works without JavaScript: the search form is an ordinary GET form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${baseURL()}/mentors`)
    await plain.getByLabel('Industry').selectOption('healthcare')
    await plain.getByRole('button', { name: 'Search' }).click()
    await plain.waitForURL((url) => url.searchParams.get('industry') === 'healthcare')
    expect((await plain.locator('.mentor-list h2 a').allTextContents()).length).toBeGreaterThan(0)
    await context.close()
  })
})
