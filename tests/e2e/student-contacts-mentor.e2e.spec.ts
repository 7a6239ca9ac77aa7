import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToAdmin, signInToSite } from './browser'

const stamp = Date.now()
const student = { email: 'student@example.org', password: 'demo-student-2026', name: 'Sam Ellison' }
// A Mentor who joins in this journey, so that no other journey's changes to demo accounts matter.
const mentor = { email: `ren-${stamp}@example.test`, password: 'a mentor passphrase of mine', name: `Ren ${stamp}` }

/** Accepts updated policies if another journey published some, then returns to `path`. */
async function carryOn(page: Page, path: string) {
  if (new URL(page.url()).pathname === '/account/policies') await openMemberPage(page, path)
}

describe('a student contacts a mentor, who accepts from the emailed link, and they write to each other', () => {
  let browser: Browser
  let studentPage: Page
  let mentorPage: Page
  let requestPath = ''
  const violations: string[] = []
  const check = async (page: Page) => violations.push(...(await accessibilityViolations(page)))

  beforeAll(async () => {
    browser = await launchBrowser()
    studentPage = await (await browser.newContext()).newPage()
    mentorPage = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('a new Mentor joins and confirms their address', async () => {
    await mentorPage.goto(`${baseURL()}/signup?role=mentor`)
    await mentorPage.getByLabel('Chosen name').fill(mentor.name)
    await mentorPage.getByLabel('Email').fill(mentor.email)
    await mentorPage.getByLabel('Password').fill(mentor.password)
    for (const box of await mentorPage.getByRole('checkbox').all()) await box.check()
    await mentorPage.getByRole('button', { name: 'Create my account' }).click()
    await mentorPage.waitForURL('**/signup/check-email')
    const confirmation = await waitForSavedEmail(inject('mailDir'), mentor.email, 30_000, 'Confirm your email address')
    const link = /http:\/\/\S+\/verify\?token=[a-f0-9]+/.exec(confirmation.text)![0]
    await mentorPage.goto(link)
    await mentorPage.getByRole('button', { name: 'Confirm my email address' }).click()
    await mentorPage.waitForURL('**/signin?verified=1')
  })

  it('a visitor is asked to sign in before writing to a mentor', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}/mentors?q=${encodeURIComponent(mentor.name)}`)
    await visitor.getByRole('link', { name: mentor.name }).waitFor()
    await visitor.getByRole('link', { name: mentor.name }).click()
    await visitor.getByRole('heading', { name: `Contact ${mentor.name}` }).waitFor()
    expect(await visitor.getByRole('region', { name: `Contact ${mentor.name}` }).textContent()).toContain('Sign in or join as a Career Candidate')
    expect(await visitor.getByTestId('response-record').textContent()).toMatch(/New here|answered/)
    await check(visitor)
    await visitor.close()
  })

  it('the student finds the mentor, is told what to fix, and sends the request', async () => {
    await signInToSite(studentPage, student.email, student.password)
    await openMemberPage(studentPage, `/mentors?q=${encodeURIComponent(mentor.name)}`)
    await studentPage.getByRole('link', { name: mentor.name }).click()
    await studentPage.getByRole('button', { name: 'Send my request' }).waitFor()
    await check(studentPage)

    await studentPage.getByLabel(`Your message to ${mentor.name}`).fill('Hi!')
    await studentPage.getByRole('button', { name: 'Send my request' }).click()
    await studentPage.locator('#message-error').waitFor()
    expect(await studentPage.locator('#helpWith-error').textContent()).toBe('Choose what you would like help with.')
    expect(await studentPage.getByLabel(`Your message to ${mentor.name}`).inputValue()).toBe('Hi!')
    await check(studentPage)

    await studentPage.getByLabel('What would you like help with?').selectOption('being-out-at-work')
    await studentPage
      .getByLabel(`Your message to ${mentor.name}`)
      .fill(`I start my first internship in January (${stamp}) and I am unsure whether to come out to my team <right away>.`)
    await studentPage.getByLabel('Times that suit you (optional)').fill('Tuesday evenings')
    await studentPage.getByRole('button', { name: 'Send my request' }).click()
    await studentPage.waitForURL(/\/account\/requests\/\d+\?sent=1/)
    requestPath = new URL(studentPage.url()).pathname
    expect(await studentPage.getByRole('status').textContent()).toContain('Your request is sent')
    expect(await studentPage.getByTestId('request-status').textContent()).toBe('Waiting for an answer')
    await check(studentPage)

    const confirmation = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, `Your request to ${mentor.name} is sent`)
    expect(confirmation.text).not.toContain(mentor.email)
  })

  it('the mentor opens the emailed link, signs in and accepts', async () => {
    const notice = await waitForSavedEmail(inject('mailDir'), mentor.email, 30_000, `${student.name} asked you for mentoring`)
    expect(notice.text).toContain(String(stamp))
    expect(notice.text).toContain('&lt;right away&gt;')
    expect(notice.text).not.toContain(student.email)
    const link = new RegExp(`http://\\S+${requestPath}`).exec(notice.text)![0]

    await mentorPage.goto(link)
    await mentorPage.waitForURL(/\/signin\?next=/)
    await mentorPage.getByLabel('Email').fill(mentor.email)
    await mentorPage.getByLabel('Password').fill(mentor.password)
    await mentorPage.getByRole('button', { name: 'Sign in' }).click()
    await mentorPage.waitForURL((url) => url.pathname === requestPath || url.pathname === '/account/policies')
    await carryOn(mentorPage, requestPath)
    expect(await mentorPage.getByRole('heading', { level: 1 }).textContent()).toBe(`Request from ${student.name}`)
    expect(await mentorPage.locator('.request-message').textContent()).toContain(String(stamp))
    await check(mentorPage)

    await mentorPage.getByLabel(`A note to ${student.name}`).fill('Glad to help. Let us talk it through.')
    await mentorPage.getByRole('button', { name: 'Accept' }).click()
    await mentorPage.waitForURL(/answered=accept/)
    expect(await mentorPage.getByTestId('request-status').textContent()).toBe('Accepted')
    await check(mentorPage)

    const accepted = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, `${mentor.name} accepted your request`)
    expect(accepted.text).toContain('Glad to help.')
    expect(accepted.text).not.toContain(mentor.email)
  })

  it('they exchange messages, each announced by email without addresses', async () => {
    await mentorPage.getByLabel(`Write to ${student.name}`).fill(`Many people wait a few weeks before deciding (${stamp}).`)
    await mentorPage.getByRole('button', { name: 'Send message' }).click()
    await mentorPage.waitForURL(/messageSent=1/)
    const notification = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, `New message from ${mentor.name}`)
    expect(notification.text).toContain(`Many people wait a few weeks before deciding (${stamp}).`)
    expect(notification.text).not.toContain(mentor.email)

    // The student's list counts the new message, and the thread marks where the unread part starts.
    await openMemberPage(studentPage, '/account/requests')
    const row = studentPage.locator('.request-list > li', { hasText: `To ${mentor.name}` })
    expect(await row.getByTestId('unread-count').textContent()).toBe('1 unread')
    await row.getByRole('link').click()
    await studentPage.waitForURL((url) => url.pathname === requestPath)
    const theirs = studentPage.locator('.thread > li.from-them').last()
    expect(await theirs.textContent()).toContain(`Many people wait a few weeks before deciding (${stamp}).`)
    expect(await theirs.getByTestId('unread-marker').textContent()).toBe('New')
    expect(await theirs.textContent()).toContain(mentor.name)
    expect(await theirs.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    await check(studentPage)
    // Opened once, it is read: neither the marker nor the count comes back.
    await studentPage.reload()
    expect(await studentPage.getByTestId('unread-marker').count()).toBe(0)
    await openMemberPage(studentPage, '/account/requests')
    expect(await row.getByTestId('unread-count').count()).toBe(0)

    await openMemberPage(studentPage, requestPath)
    await studentPage.getByLabel(`Write to ${mentor.name}`).fill('Thank you, that helps a lot.')
    await studentPage.getByRole('button', { name: 'Send message' }).click()
    await studentPage.waitForURL(/messageSent=1/)
    await check(studentPage)
    await waitForSavedEmail(inject('mailDir'), mentor.email, 30_000, `New message from ${student.name}`)

    expect(await studentPage.locator('.thread > li.from-me').last().textContent()).toContain('Thank you, that helps a lot.')

    await openMemberPage(mentorPage, requestPath)
    expect(await mentorPage.locator('.thread > li.from-them').last().textContent()).toContain('Thank you, that helps a lot.')
    expect(await mentorPage.locator('.thread > li.from-me').first().textContent()).toContain(`Many people wait a few weeks before deciding (${stamp}).`)
    // The mentor's own message was not "new" to them; the student's reply is.
    expect(await mentorPage.locator('.thread > li.from-them').last().getByTestId('unread-marker').count()).toBe(1)
    expect(await mentorPage.getByTestId('unread-marker').count()).toBe(1)
    await openMemberPage(mentorPage, '/account/requests')
    expect(await mentorPage.locator('.request-list').textContent()).toContain(`From ${student.name}`)
    await check(mentorPage)
  })

  it('a third member cannot open the conversation', async () => {
    const other = await (await browser.newContext()).newPage()
    await signInToSite(other, 'connector@example.org', 'demo-connector-2026')
    await openMemberPage(other, requestPath)
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found|could not find/i)
    const login = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'connector@example.org', password: 'demo-connector-2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const api = await fetch(`${baseURL()}/api/request-messages?limit=100&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(api.status).toBe(200)
    expect(JSON.stringify(await api.json())).not.toContain(String(stamp))
    await other.close()
  })

  it('the student reports a message in confidence, and an admin sees it with the conversation', async () => {
    await openMemberPage(studentPage, requestPath)
    await studentPage.getByRole('link', { name: 'Report this message' }).first().click()
    await studentPage.waitForURL(/\/report\?message=\d+/)
    expect(await studentPage.getByLabel('What are you reporting?').inputValue()).toBe('message')
    await check(studentPage)
    await studentPage.getByLabel('What kind of problem?').selectOption('inappropriate')
    await studentPage.getByLabel('What happened?').fill(`Testing the report path (${stamp}): the message made me uncomfortable.`)
    await studentPage.getByRole('button', { name: 'Send the report' }).click()
    await studentPage.getByRole('status').filter({ hasText: 'Thank you for telling us' }).waitFor()
    await check(studentPage)
    const acknowledgement = await waitForSavedEmail(inject('mailDir'), student.email, 30_000, 'We received your report')
    expect(acknowledgement.text).toContain('not told who reported them')
    const notice = await waitForSavedEmail(inject('mailDir'), 'admin@example.org', 30_000, 'New conduct report: Sexual or inappropriate behaviour')
    expect(notice.text).not.toContain(student.email)

    const admin = await (await browser.newContext()).newPage()
    await signInToAdmin(admin, 'admin@example.org', 'demo-admin-2026')
    await admin.goto(`${baseURL()}/admin/collections/conduct-reports`)
    await admin.getByRole('link', { name: 'A message in one of my conversations' }).first().click()
    await admin.getByText(`Testing the report path (${stamp})`).first().waitFor()
    expect(await admin.locator('#field-reporterEmail').inputValue()).toBe(student.email)
    await admin.locator('#field-status').click()
    await admin.getByRole('option', { name: 'In review' }).click()
    await admin.getByRole('button', { name: 'Save' }).click()
    await admin.getByText('Updated successfully').first().waitFor()

    await admin.goto(`${baseURL()}/admin/collections/request-messages`)
    await admin.locator('table tbody tr').first().waitFor()
    const login = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'demo-admin-2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const thread = await fetch(`${baseURL()}/api/request-messages?limit=100&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    expect(JSON.stringify(await thread.json())).toContain(`Many people wait a few weeks before deciding (${stamp}).`)
    await admin.close()

    // The mentor, who was reported, sees nothing of it.
    const reports = await mentorPage.request.get(`${baseURL()}/api/conduct-reports`)
    expect(reports.status()).toBe(403)
  })

  it('has no accessibility violations on the pages it visited', () => {
    expect(violations).toEqual([])
  })
})
