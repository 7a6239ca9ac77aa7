import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser, openMemberPage } from './browser'

const stamp = Date.now()
// A Career Candidate who joins in this journey, so the demo accounts other journeys use keep their addresses.
const student = {
  name: `Robin ${stamp}`,
  email: `robin-${stamp}@example.test`,
  newEmail: `robin.new-${stamp}@example.test`,
  password: 'robin’s long passphrase',
}
const mentorName = 'Alex Rivera'

describe('a student changes their email address through the confirmation email, then blocks a mentor from a profile', () => {
  let browser: Browser
  let page: Page
  const violations: string[] = []
  const check = async () => violations.push(...(await accessibilityViolations(page)))
  const signIn = async (email: string) => {
    await page.goto(`${baseURL()}/signin`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(student.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('joins and confirms their address', async () => {
    await page.goto(`${baseURL()}/signup?role=career-candidate`)
    await page.getByLabel('Chosen name').fill(student.name)
    await page.getByLabel('Email').fill(student.email)
    await page.getByLabel('Password').fill(student.password)
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    await page.waitForURL('**/signup/check-email')
    const confirmation = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, 'Confirm your email address')
    await page.goto(/http:\/\/\S+\/verify\?token=[a-f0-9]+/.exec(confirmation.text)![0])
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL('**/signin?verified=1')
    await signIn(student.email)
    await page.waitForURL((url) => url.pathname === '/dashboard' || url.pathname.startsWith('/account'))
  })

  it('asks for a new address with their password; the old address is told and still signs in', async () => {
    await openMemberPage(page, '/account')
    await page.getByRole('link', { name: 'Change your email address' }).click()
    await page.waitForURL('**/account/email')
    await check()

    await page.getByLabel('New email address').fill(student.newEmail)
    await page.getByLabel('Your current password').fill('not my password')
    await page.getByRole('button', { name: 'Send a confirmation link' }).click()
    await page.locator('#currentPassword-error').waitFor()
    expect(await page.getByLabel('New email address').inputValue()).toBe(student.newEmail)
    await check()

    await page.getByLabel('Your current password').fill(student.password)
    await page.getByRole('button', { name: 'Send a confirmation link' }).click()
    await page.waitForURL('**/account/email?sent=1')
    expect(await page.getByTestId('current-email').textContent()).toBe(student.email)
    expect(await page.getByTestId('pending-email').textContent()).toContain(student.newEmail)
    await check()

    const notice = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, 'Your email address is about to change')
    expect(notice.text).toContain(student.newEmail)
    expect(notice.text).toMatch(/\/account\/email\/undo\?token=[a-f0-9]{64}/)
  })

  it('follows the link sent to the new address, and from then on signs in with it', async () => {
    const confirmation = await waitForSavedEmail(inject('mailDir'), student.newEmail, 30_000, 'Confirm your new email address')
    const link = /http:\/\/\S+\/account\/email\/confirm\?token=[a-f0-9]{64}/.exec(confirmation.text)![0]
    await page.goto(link)
    await check()
    await page.getByRole('button', { name: 'Confirm my new email address' }).click()
    await page.waitForURL('**/account/email/confirm?done=1')
    await page.getByRole('heading', { name: 'Your new email address is confirmed' }).waitFor()
    await check()

    await page.goto(`${baseURL()}/account`)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/signin?signedOut=1')
    await signIn(student.email)
    await page.getByRole('alert').filter({ hasText: 'do not match an account' }).waitFor()
    await signIn(student.newEmail)
    await page.waitForURL((url) => url.pathname === '/dashboard' || url.pathname.startsWith('/account'))
    await openMemberPage(page, '/account/email')
    expect(await page.getByTestId('current-email').textContent()).toBe(student.newEmail)
  })

  it('blocks a mentor from their profile, who then disappears from the directory and the profile page', async () => {
    await openMemberPage(page, `/mentors?q=${encodeURIComponent(mentorName)}`)
    await page.getByRole('link', { name: mentorName }).first().click()
    await page.getByRole('heading', { level: 1, name: mentorName }).waitFor()
    const profilePath = new URL(page.url()).pathname
    await page.getByRole('link', { name: `Block ${mentorName}` }).click()
    await page.waitForURL('**/account/block?profile=*')
    await page.getByRole('heading', { name: `Block ${mentorName}?` }).waitFor()
    await check()

    await page.getByRole('button', { name: `Block ${mentorName}` }).click()
    await page.waitForURL('**/account/blocked?blocked=1')
    expect(await page.getByTestId('blocked-members').textContent()).toContain(mentorName)
    await check()

    const profile = await page.goto(`${baseURL()}${profilePath}`)
    expect(profile?.status()).toBe(404)
    await openMemberPage(page, `/mentors?q=${encodeURIComponent(mentorName)}`)
    expect(await page.getByRole('link', { name: mentorName }).count()).toBe(0)
  })

  it('unblocks from the account, and the profile is back', async () => {
    await openMemberPage(page, '/account/blocked')
    await page.getByRole('button', { name: `Unblock ${mentorName}` }).click()
    await page.waitForURL('**/account/blocked?unblocked=1')
    await check()
    await openMemberPage(page, `/mentors?q=${encodeURIComponent(mentorName)}`)
    await page.getByRole('link', { name: mentorName }).first().waitFor()
  })

  it('passes the accessibility check on every page visited', () => {
    expect(violations).toEqual([])
  })
})
