import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser } from './browser'

const mentor = demoAccounts.find((account) => account.roles.includes('mentor'))!

describe('a member who forgot their password chooses a new one', () => {
  let browser: Browser
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('asks for a reset link from the sign-in page', async () => {
    await page.goto(`${baseURL()}/signin`)
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.waitForURL('**/forgot-password')
    violations.push(...(await accessibilityViolations(page)))
    await page.getByLabel('Email').fill(mentor.email)
    await page.getByRole('button', { name: 'Email me a reset link' }).click()
    await page.getByRole('status').filter({ hasText: 'If an account uses this address' }).waitFor()
  })

  it('follows the emailed link, saves a new password and is signed in', async () => {
    const email = await waitForSavedEmail(inject('mailDir'), mentor.email, 30_000, 'Reset your password')
    const link = /http:\/\/[^\s"<]+\/reset-password\?token=[A-Za-z0-9]+/.exec(email.text)?.[0]
    expect(link?.startsWith(baseURL())).toBe(true)
    await page.goto(link!)
    violations.push(...(await accessibilityViolations(page)))

    await page.getByLabel('New password').fill('short')
    await page.getByRole('button', { name: 'Save my new password' }).click()
    await page.locator('#password-error').waitFor()
    expect(await page.locator('#password-error').textContent()).toContain('at least 10 characters')

    await page.getByLabel('New password').fill('a brand new mentor passphrase')
    await page.getByRole('button', { name: 'Save my new password' }).click()
    // Signed in: the account page, or first any policy updated since the demo data was written.
    await page.waitForURL(/\/account(\?passwordChanged=1|\/policies)$/)
    violations.push(...(await accessibilityViolations(page)))
    const data = await page.evaluate(() => fetch('/account/export').then((response) => response.json()))
    expect(data.account?.email).toBe(mentor.email)
  })

  it('signs in with the new password only', async () => {
    const signIn = (password: string) =>
      fetch(`${baseURL()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: mentor.email, password }),
      })
    expect((await signIn(mentor.password)).status).toBe(401)
    expect((await signIn('a brand new mentor passphrase')).status).toBe(200)
  })

  it('meets WCAG 2.2 AA on every page visited', () => {
    expect(violations).toEqual([])
  })
})
