import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('a visitor reads a policy, its history and what changed', () => {
  let browser: Browser
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  async function visit(path: string) {
    const response = await page.goto(`${baseURL()}${path}`)
    violations.push(...(await accessibilityViolations(page)))
    return response
  }

  it('finds the Code of Conduct from the home page', async () => {
    await visit('/')
    await page.getByRole('link', { name: 'Code of Conduct' }).first().click()
    await page.waitForURL('**/policies/code-of-conduct')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Code of Conduct')
    const meta = await page.getByTestId('policy-version').textContent()
    expect(meta).toMatch(/^Version 2 · Last updated \d{1,2} \w+ 20\d\d/)
    expect(await page.locator('article').textContent()).toContain('End the relationship kindly')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('lists every published version with its date and summary', async () => {
    await visit('/policies')
    await page.getByRole('link', { name: 'Code of Conduct' }).click()
    await page.getByRole('link', { name: 'Version history' }).click()
    await page.waitForURL('**/policies/code-of-conduct/versions')
    const rows = page.locator('table.versions tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toContain('Version 2 (current)')
    expect(await rows.nth(0).textContent()).toContain('named outing as unacceptable')
    expect(await rows.nth(1).textContent()).toContain('First published version.')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('opens an old version at its own address', async () => {
    await page.getByRole('link', { name: 'Version 1', exact: true }).click()
    await page.waitForURL('**/policies/code-of-conduct/versions/1')
    const text = await page.locator('article').textContent()
    expect(text).toContain('This is an earlier version.')
    expect(text).not.toContain('End the relationship kindly')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('compares two versions word by word', async () => {
    await visit('/policies/code-of-conduct/versions')
    await page.getByLabel('Older version').selectOption('1')
    await page.getByLabel('Newer version').selectOption('2')
    await page.getByRole('button', { name: 'Show changes' }).click()
    await page.waitForURL('**/policies/code-of-conduct/compare?from=1&to=2')
    const added = await page.locator('[data-testid="policy-diff"] ins').allTextContents()
    const removed = await page.locator('[data-testid="policy-diff"] del').allTextContents()
    expect(added.join(' ')).toContain('End the relationship kindly when it is no longer working')
    expect(added.join(' ')).toContain('outing anyone')
    expect(removed.join(' ').replace(/\s+/g, ' ')).toBe('[removed: or]')
    expect(await page.locator('main').textContent()).toMatch(/14 words added, 1 word removed/)
    violations.push(...(await accessibilityViolations(page)))
  })

  it('explains an unknown version instead of failing', async () => {
    const response = await visit('/policies/code-of-conduct/versions/99')
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    await visit('/policies/code-of-conduct/compare?from=1&to=99')
    expect(await page.locator('main [role="alert"]').textContent()).toContain('Choose two published versions')
  })

  it('meets WCAG 2.2 AA on every page visited', () => {
    expect(violations).toEqual([])
  })
})
