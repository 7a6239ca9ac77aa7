import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, joinSite, launchBrowser, openMemberPage, signInToAdmin, signInToSite } from './browser'

/*
 * Suggested mentors and the shape of a mentorship, as the people in it meet them: a new student
 * says what they look for and is shown the best-suited Connector first, with the reasons; they
 * ask, are accepted, and both confirm the mentorship's agreement. In the demo's Lakeside
 * mentorship, the Mentor answers the check-in that is due, privately, and the programme's staff
 * see both sides' answers in the mentorships' health view. Nobody on the other side ever reads
 * what the student wished for or what the other answered.
 */

const stamp = Date.now().toString(36)
const student = { email: `ira-${stamp}@example.test`, password: 'a student passphrase of mine', name: `Ira ${stamp}` }
const connector = { email: 'connector@example.org', password: 'demo-connector-2026', name: 'Kiran Shah' }
const mentor = { email: 'mentor@example.org', password: 'demo-mentor-2026', name: 'Jun Park' }
const staff = { email: 'staff@example.org', password: 'demo-staff-2026' }
const goals = `Meet two people in data teams in Chicago, and learn how to ask for an introduction (${stamp}).`

describe('a student says what they look for, asks the best-suited Connector, both confirm the agreement; a check-in reaches the staff', () => {
  let browser: Browser
  let studentPage: Page
  let connectorPage: Page
  let requestPath = ''
  const violations: string[] = []
  const check = async (page: Page) => violations.push(...(await accessibilityViolations(page)))

  beforeAll(async () => {
    browser = await launchBrowser()
    // The student signs up from an address of their own (the test is the proxy that names it):
    // the suite's other journeys share one address and its hourly sign-up limit.
    studentPage = await (await browser.newContext({ timezoneId: 'America/Chicago', extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.71' } })).newPage()
    connectorPage = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('a new student is asked what they look for before any suggestion', async () => {
    await joinSite(studentPage, student, 'career-candidate')
    await openMemberPage(studentPage, '/mentors?for=me')
    await studentPage.getByTestId('ask-for-wishes').waitFor()
    await check(studentPage)
    await studentPage.getByRole('link', { name: 'Say what you’re looking for' }).click()
    await studentPage.waitForURL('**/account/looking-for')
    await studentPage.getByRole('heading', { level: 1 }).waitFor()
    await check(studentPage)
  })

  it('they choose topics, an industry, a language, their time zone and a shared-experience wish, and see suggestions with reasons', async () => {
    await studentPage.getByLabel('Introductions and networking').check()
    await studentPage.getByRole('button', { name: /^Choose industries/ }).click()
    await studentPage.getByRole('combobox', { name: 'Search industries' }).fill('techn')
    await studentPage.keyboard.press('Enter')
    await studentPage.keyboard.press('Escape')
    await studentPage.getByRole('button', { name: /^Choose languages/ }).click()
    await studentPage.getByRole('combobox', { name: 'Search languages' }).fill('hindi')
    await studentPage.keyboard.press('Enter')
    await studentPage.keyboard.press('Escape')
    await studentPage.locator('#timeZone').selectOption('America/Chicago')
    await studentPage.getByLabel('Every two weeks').check()
    await studentPage.getByLabel('Someone out at work').check()
    await studentPage.getByRole('button', { name: 'Save and see suggestions' }).click()
    await studentPage.waitForURL(/\/mentors\?for=me/)

    const cards = studentPage.getByTestId('suggestions').locator('li.mentor-card')
    await cards.first().waitFor()
    // Kiran is the one Connector who makes introductions, works in technology, speaks Hindi and is in Chicago.
    expect(await cards.first().getByRole('heading').textContent()).toContain(connector.name)
    const reasons = await cards.first().getByTestId('suggestion-reasons').locator('li').allTextContents()
    expect(reasons).toEqual(expect.arrayContaining(['Helps with introductions and networking', 'Works in technology', 'Speaks Hindi', 'In your time zone']))
    await check(studentPage)

    // The dashboard leads with the same suggestion.
    await openMemberPage(studentPage, '/dashboard')
    const suggested = studentPage.getByRole('region', { name: 'Suggested for you' })
    expect(await suggested.getByRole('link').first().textContent()).toBe(connector.name)
  })

  it('the student asks the Connector, who accepts without ever seeing what the student wished for', async () => {
    await openMemberPage(studentPage, '/mentors?for=me')
    await studentPage.getByTestId('suggestions').getByRole('link', { name: connector.name }).click()
    await studentPage.waitForURL(/\/mentors\/[a-z0-9-]+$/)
    await studentPage.getByLabel('What would you like help with?').selectOption('introductions')
    await studentPage
      .getByLabel(`Your message to ${connector.name}`)
      .fill(`Could you introduce me to someone on a data team in Chicago? I graduate in May (${stamp}).`)
    await studentPage.getByRole('button', { name: 'Send my request' }).click()
    await studentPage.waitForURL(/\/account\/requests\/\w+\?sent=1/)
    requestPath = new URL(studentPage.url()).pathname

    await signInToSite(connectorPage, connector.email, connector.password)
    await openMemberPage(connectorPage, requestPath)
    const seenByConnector = (await connectorPage.locator('main').textContent()) ?? ''
    expect(seenByConnector).not.toMatch(/out at work|shared experience|Every two weeks/i)
    await connectorPage.getByRole('button', { name: 'Accept', exact: true }).click()
    await connectorPage.waitForURL(/answered=accept/)
    // Once asked, Kiran is no longer suggested to the student.
    await openMemberPage(studentPage, '/mentors?for=me')
    await studentPage.getByTestId('suggested-for-me').waitFor()
    expect(await studentPage.getByTestId('suggested-for-me').getByRole('link', { name: connector.name }).count()).toBe(0)
  })

  it('the student writes the goals and confirms the agreement; the Connector confirms it too', async () => {
    await openMemberPage(studentPage, `${requestPath}#agreement`)
    const agreement = studentPage.getByTestId('agreement')
    await agreement.waitFor()
    await check(studentPage)
    await agreement.getByLabel('Your goals').fill(goals)
    await agreement.getByLabel('How often you meet').selectOption('fortnightly')
    await agreement.getByLabel('How you meet').selectOption('video')
    await agreement.getByRole('button', { name: 'Confirm the agreement' }).click()
    await studentPage
      .getByTestId('agreement-mine')
      .getByText(/confirmed/i)
      .waitFor()
    expect(await studentPage.getByTestId('agreement-theirs').textContent()).not.toMatch(/confirmed on|confirmed \d/i)

    // The Connector is emailed to confirm, reads the student's goals, and confirms.
    await waitForSavedEmail(inject('mailDir'), connector.email, 45_000, `${student.name} updated your mentorship agreement`)
    await openMemberPage(connectorPage, `${requestPath}#agreement`)
    const theirs = connectorPage.getByTestId('agreement')
    await theirs.getByText(goals).waitFor()
    expect(await theirs.getByLabel('Your goals').count()).toBe(0)
    await theirs.getByRole('button', { name: 'Confirm the agreement' }).click()
    await connectorPage
      .getByTestId('agreement-mine')
      .getByText(/confirmed/i)
      .waitFor()
    await check(connectorPage)

    await openMemberPage(studentPage, `${requestPath}#agreement`)
    for (const id of ['agreement-mine', 'agreement-theirs']) expect(await studentPage.getByTestId(id).textContent()).toMatch(/confirmed/i)
  })

  it('in the demo Lakeside mentorship the Mentor answers the check-in due, never seeing the student’s answer', async () => {
    const mentorPage = await (await browser.newContext()).newPage()
    await signInToSite(mentorPage, mentor.email, mentor.password)
    await openMemberPage(mentorPage, '/account/requests')
    await mentorPage.getByRole('link', { name: 'Sam Ellison' }).first().click()
    const checkIn = mentorPage.getByTestId('check-in')
    await checkIn.waitFor()
    // Sam answered hers in the demo; Jun reads nothing of it.
    expect(await mentorPage.locator('main').textContent()).not.toContain('The mock interview helped a lot.')
    await checkIn.getByLabel('It’s going well').check()
    await checkIn.getByLabel('Anything you’d like to add (optional)').fill(`Two mock interviews done (${stamp}).`)
    await check(mentorPage)
    await checkIn.getByRole('button', { name: 'Send my check-in' }).click()
    await mentorPage.getByTestId('check-in-done').waitFor()
    await mentorPage.close()
  })

  it('Lakeside’s staff see the mentorship’s health: both agreed, both checked in', async () => {
    const staffPage = await (await browser.newContext()).newPage()
    await signInToAdmin(staffPage, staff.email, staff.password)
    await staffPage.goto(`${baseURL()}/admin/program-health`)
    await staffPage.getByRole('link', { name: 'Lakeside Mentors' }).click()
    await staffPage.getByRole('heading', { name: 'Mentorships’ health: Lakeside Mentors' }).waitFor()
    const card = staffPage.getByTestId('health-mentorship').filter({ hasText: 'Sam Ellison with Jun Park' })
    await card.waitFor()
    const text = (await card.textContent()) ?? ''
    expect(text).toMatch(/Mentee \(Sam Ellison\)Agreement confirmed .+ · Last check-in .+: It’s going well/)
    expect(text).toMatch(/Mentor \(Jun Park\)Agreement confirmed .+ · Last check-in .+: It’s going well/)
    expect(text).not.toContain('No check-in answered')
    // Staff read counts and moods here, never an email address.
    expect(await staffPage.locator('main, .template-default').first().textContent()).not.toMatch(/@example\.(org|test)/)
    await staffPage.close()
  })

  it('has no accessibility violations on the pages it visited', () => {
    expect(violations).toEqual([])
  })
})
