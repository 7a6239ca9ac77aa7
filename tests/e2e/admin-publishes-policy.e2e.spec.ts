import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatDate } from '@/lib/dates'
import { demoAccounts } from '@/seed'

import { accessibilityViolations, baseURL, launchBrowser, signInToAdmin } from './browser'

const admin = demoAccounts.find((account) => account.roles.includes('admin'))!

describe('an admin publishes a new version of a policy', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('signs in to /admin', async () => {
    await signInToAdmin(page, admin.email, admin.password)
    await page.goto(`${baseURL()}/admin/collections/policies`)
    await page.getByRole('link', { name: 'Professional Use Policy' }).first().click()
    await page.waitForURL(/\/admin\/collections\/policies\/[^/]+$/)
  })

  it('edits the text and change summary and publishes', async () => {
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Members renew their acceptance every year.')
    await page.locator('#field-changeSummary').fill('Added yearly renewal of acceptance.')
    await page.locator('#action-save').click()
    await page
      .getByText(/updated successfully|published successfully/i)
      .first()
      .waitFor({ timeout: 30_000 })
  })

  it('starts the next version with an empty change summary, so the last one is not republished by accident', async () => {
    await page.reload()
    await page.locator('#field-changeSummary').waitFor()
    expect(await page.locator('#field-changeSummary').inputValue()).toBe('')
    // The text itself is the published version's, to edit from.
    expect(await page.locator('[data-lexical-editor="true"]').first().textContent()).toContain('Members renew their acceptance every year.')
  })

  it('shows the new version and date on the public page at once', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}/policies/professional-use-policy`)
    expect(await visitor.getByTestId('policy-version').textContent()).toContain(`Version 2 · Last updated ${formatDate(new Date().toISOString())}`)
    expect(await visitor.locator('article').textContent()).toContain('Members renew their acceptance every year.')
    expect(await accessibilityViolations(visitor)).toEqual([])

    // Requests are shared round-robin between the server processes: every one must have the new version.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const html = await (await fetch(`${baseURL()}/policies/professional-use-policy`)).text()
      expect(html).toContain('Members renew their acceptance every year.')
    }

    await visitor.goto(`${baseURL()}/policies/professional-use-policy/versions`)
    expect(await visitor.locator('table.versions tbody tr').first().textContent()).toContain('Added yearly renewal of acceptance.')
    await visitor.close()
  })
})
