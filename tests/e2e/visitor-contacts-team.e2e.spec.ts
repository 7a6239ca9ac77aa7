import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('a visitor writes to the team through the contact form', () => {
  let browser: Browser
  let page: Page
  const email = `visitor-${Date.now()}@example.test`

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('shows what to fix next to each field, keeping what was typed', async () => {
    await page.goto(`${baseURL()}/contact`)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByLabel('Your name').fill('Morgan')
    await page.getByLabel('Your email address').fill('morgan-at-example')
    await page.getByRole('button', { name: 'Send my message' }).click()
    await page.locator('#email-error').waitFor()
    expect(await page.locator('#email-error').textContent()).toBe('Enter an email address like name@example.org, so we can answer.')
    expect(await page.locator('#topic-error').textContent()).toBe('Choose what your message is about.')
    expect(await page.getByLabel('Your name').inputValue()).toBe('Morgan')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('sends the message, and both the team and the sender get an email', async () => {
    await page.getByLabel('Your email address').fill(email)
    await page.getByLabel('What is it about?').selectOption('accessibility')
    await page.getByLabel('Your message').fill('The <em>compare</em> page is hard to use with a screen magnifier.')
    await page.getByRole('button', { name: 'Send my message' }).click()
    await page.getByRole('status').filter({ hasText: 'your message is received' }).waitFor()

    const confirmation = await waitForSavedEmail(inject('mailDir'), email, 30_000)
    expect(confirmation.subject).toBe('We received your message')
    expect(confirmation.text).toContain('&lt;em&gt;compare&lt;/em&gt;')
    const notice = await waitForSavedEmail(inject('mailDir'), 'hello@example.org', 30_000, 'Contact form: Accessibility from Morgan')
    expect(notice.text).toContain(email)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
