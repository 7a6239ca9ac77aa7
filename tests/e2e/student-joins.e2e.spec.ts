import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('a student joins, confirms their email, signs in, downloads their data and leaves', () => {
  let browser: Browser
  let page: Page
  const violations: string[] = []
  const email = `jo-${Date.now()}@example.test`
  const password = 'my long student passphrase'

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  const check = async () => violations.push(...(await accessibilityViolations(page)))

  it('chooses to join as a Career Candidate', async () => {
    await page.goto(`${baseURL()}/signup`)
    await check()
    await page.getByRole('link', { name: 'Join as a Career Candidate' }).click()
    await page.waitForURL('**/signup?role=career-candidate')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Join as a Career Candidate')
    await check()
  })

  it('sees what to fix next to each field, and nothing is created', async () => {
    await page.getByLabel('Chosen name').fill('Jo')
    await page.getByLabel('Email').fill('not-an-email')
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Create my account' }).click()
    await page.locator('.form-error').waitFor()
    expect(await page.locator('#email-error').textContent()).toContain('Enter an email address')
    expect(await page.locator('#password-error').textContent()).toContain('at least 10 characters')
    expect(await page.locator('#accept-code-of-conduct-error').textContent()).toContain('accept the Code of Conduct')
    expect(await page.getByLabel('Chosen name').inputValue()).toBe('Jo')
    await check()
  })

  it('accepts each policy at its current version and creates the account', async () => {
    const conduct = page.getByRole('link', { name: /Code of Conduct \(version \d+/ })
    expect(await conduct.getAttribute('href')).toMatch(/^\/policies\/code-of-conduct\/versions\/\d+$/)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByLabel('Pronouns (optional)').fill('they/them')
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    await page.waitForURL('**/signup/check-email')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email')
    await check()
  })

  it('cannot sign in before confirming the address', async () => {
    await page.goto(`${baseURL()}/signin`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').filter({ hasText: 'Your email address is not confirmed yet' }).waitFor()
    expect(await page.getByRole('button', { name: 'Send me a new confirmation link' }).count()).toBe(1)
    await check()
  })

  it('follows the emailed link, confirms and signs in', async () => {
    const message = await waitForSavedEmail(inject('mailDir'), email)
    expect(message.subject).toBe('Confirm your email address')
    const link = new RegExp(`${baseURL().replace(/[.]/g, '\\.')}/verify\\?token=[a-f0-9]+`).exec(message.text)?.[0]
    expect(link).toBeDefined()

    await page.goto(link!)
    await check()
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL('**/signin?verified=1')
    expect(await page.getByRole('status').textContent()).toContain('confirmed')

    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Members land on their dashboard; the account page is one step away.
    await page.waitForURL('**/dashboard')
    await page.goto(`${baseURL()}/account`)
    expect(await page.locator('main').textContent()).toContain('Signed in as Jo (they/them), Career Candidate.')
    await check()
  })

  it('edits their chosen name', async () => {
    await page.getByLabel('Chosen name').fill('Jo Rivera')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await page.reload()
    expect(await page.locator('main').textContent()).toContain('Signed in as Jo Rivera')
  })

  it('downloads everything the platform holds about them as one JSON file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()])
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/)
    const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'))
    expect(data.account).toMatchObject({ email, chosenName: 'Jo Rivera', pronouns: 'they/them', roles: ['career-candidate'] })
    expect(data.policyAcceptances.map((acceptance: { policy: string }) => acceptance.policy)).toContain('Code of Conduct')
    expect(JSON.stringify(data)).not.toMatch(/hash|salt/i)
  })

  it('signs out, and the account page then asks to sign in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/signin?signedOut=1')
    await page.goto(`${baseURL()}/account`)
    await page.waitForURL('**/signin?next=/account')
    expect((await fetch(`${baseURL()}/account/export`)).status).toBe(401)
  })

  it('deletes the account after typing the password again', async () => {
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Sent to sign in from /account, they are taken back there.
    await page.waitForURL('**/account')
    await page.getByRole('link', { name: 'Delete my account' }).click()
    await page.waitForURL('**/account/delete')
    expect(await page.locator('main').textContent()).toContain('An anonymous record that someone accepted each policy version')
    await check()

    await page.getByLabel('Your password').fill('not my password')
    await page.getByRole('button', { name: 'Delete my account for good' }).click()
    await page.locator('#password-error').waitFor()
    expect(await page.locator('#password-error').textContent()).toContain('has not been deleted')

    await page.getByLabel('Your password').fill(password)
    await page.getByRole('button', { name: 'Delete my account for good' }).click()
    await page.waitForURL('**/account/deleted')
    await check()

    await page.goto(`${baseURL()}/signin`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').filter({ hasText: 'do not match an account' }).waitFor()
  })

  it('meets WCAG 2.2 AA on every page of the journey', () => {
    expect(violations).toEqual([])
  })
})
