import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser, openMemberPage } from './browser'

describe('a Connector joins, switches to being a Mentor, pauses and resumes', () => {
  let browser: Browser
  let page: Page
  const email = `sky-${Date.now()}@example.test`
  const password = 'a connector passphrase'

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('joins as a Connector and confirms the address', async () => {
    await page.goto(`${baseURL()}/signup?role=connector`)
    await page.getByLabel('Chosen name').fill('Sky')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    await page.waitForURL('**/signup/check-email')

    const message = await waitForSavedEmail(inject('mailDir'), email)
    await page.goto(/http:\/\/\S+\/verify\?token=[a-f0-9]+/.exec(message.text)![0])
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL('**/signin?verified=1')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Members land on their dashboard; the account page is one step away.
    await page.waitForURL('**/dashboard')
    await page.goto(`${baseURL()}/account`)
    expect(await page.locator('main').textContent()).toContain('Signed in as Sky, Connector.')
  })

  it('switches to Mentor from the account page', async () => {
    await page.getByRole('button', { name: 'Become a Mentor instead' }).click()
    await page.waitForURL('**/account?switched=mentor')
    expect(await page.getByRole('status').first().textContent()).toBe('You are now a Mentor.')
    expect(await page.locator('main').textContent()).toContain('Signed in as Sky, Mentor.')
    expect(await page.getByRole('button', { name: 'Become a Connector instead' }).count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('fills in the directory profile from searchable lists, typing and using the keyboard', async () => {
    await openMemberPage(page, '/account/profile')
    await page.getByLabel('Headline').fill('Product designer who reviews portfolios')
    // Each long list is one button; the choices open in a searchable list.
    await page.getByRole('button', { name: /^Choose industries/ }).click()
    await page.getByRole('combobox', { name: 'Search industries' }).fill('tech')
    const industryList = page.getByRole('listbox', { name: 'Industries (up to 5)' })
    expect(await industryList.getByRole('option').allTextContents()).toEqual(['Technology'])
    await page.keyboard.press('Enter')
    expect(await industryList.getByRole('option', { name: 'Technology' }).getAttribute('aria-selected')).toBe('true')
    await page.getByRole('combobox', { name: 'Search industries' }).fill('')
    await industryList.getByRole('option', { name: 'Education' }).click()
    expect(await accessibilityViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await page.getByRole('list', { name: 'Chosen industries' }).textContent()).toBe('TechnologyEducation')
    await page.getByRole('button', { name: 'Remove Education' }).click()
    expect(await page.getByRole('list', { name: 'Chosen industries' }).textContent()).toBe('Technology')

    await page.getByRole('button', { name: /^Choose skills/ }).click()
    await page.getByRole('combobox', { name: 'Search skills' }).fill('portfolio')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: /^Choose languages/ }).click()
    await page.getByRole('combobox', { name: 'Search languages' }).fill('span')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    expect(await page.getByRole('button', { name: /^Choose languages/ }).textContent()).toContain('(1 chosen)')

    await page.getByRole('button', { name: 'Save my profile' }).click()
    await page.getByText('Your profile is saved.').waitFor()
    expect(await accessibilityViolations(page)).toEqual([])

    // The directory finds Sky by what the lists said.
    await page.goto(`${baseURL()}/mentors?q=Sky&industry=technology&skill=portfolio-review&language=es&show=all`)
    expect(await page.locator('.mentor-list h2 a').allTextContents()).toContain('Sky')
  })

  it('edits the same lists as checkboxes without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    const noScript = await plain.newPage()
    await noScript.goto(`${baseURL()}/account/profile`)
    const industries = noScript.getByRole('group', { name: 'Industries (up to 5)' })
    expect(await industries.getByLabel('Technology').isChecked()).toBe(true)
    await industries.getByLabel('Healthcare').check()
    await noScript.getByRole('button', { name: 'Save my profile' }).click()
    await noScript.getByText('Your profile is saved.').waitFor()
    await noScript.goto(`${baseURL()}/mentors?q=Sky&industry=healthcare&show=all`)
    expect(await noScript.locator('.mentor-list h2 a').allTextContents()).toContain('Sky')
    await plain.close()
  })

  it('pauses until a date and sees when the pause ends', async () => {
    const nextYear = new Date().getUTCFullYear() + 1
    await openMemberPage(page, '/account')
    await page.getByLabel('Pause until (inclusive)').fill(`${nextYear}-01-31`)
    await page.getByRole('button', { name: 'Pause my involvement' }).click()
    await page.waitForURL('**/account?paused=1')
    expect(await page.getByTestId('pause-state').textContent()).toBe(`Your involvement is paused until 31 January ${nextYear} (inclusive).`)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('resumes before the date', async () => {
    await page.getByRole('button', { name: 'Resume now' }).click()
    await page.waitForURL('**/account?resumed=1')
    expect(await page.getByTestId('pause-state').textContent()).toBe('Your involvement is active.')
  })

  it('appears in the directory, then leaves the mentors group and disappears from it', async () => {
    await page.goto(`${baseURL()}/mentors?q=Sky&show=all`)
    expect(await page.locator('.mentor-list h2 a').allTextContents()).toContain('Sky')

    await openMemberPage(page, '/account')
    await page.getByRole('link', { name: 'Leave the mentors group' }).click()
    await page.waitForURL('**/account/leave')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Leave the mentors group' }).click()
    // The account page says so, unless a journey running alongside published a policy version
    // meanwhile and the member is asked to accept it first.
    await page
      .getByText('You have left the mentors group.')
      .or(page.getByRole('button', { name: 'Accept and continue' }))
      .waitFor()
    await openMemberPage(page, '/account')
    expect(await page.locator('main').textContent()).toContain('Signed in as Sky, Career Candidate.')

    await page.goto(`${baseURL()}/mentors?q=Sky&show=all`)
    expect(await page.locator('.mentor-list h2 a').allTextContents()).not.toContain('Sky')
  })
})
