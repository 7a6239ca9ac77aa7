import fs from 'node:fs'
import path from 'node:path'

import PostalMime from 'postal-mime'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ReceivedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, joinSite, launchBrowser, openMemberPage } from './browser'

/*
 * Meetings from start to end: a new Connector in Chicago sets booking hours on their profile
 * page; a new student in Berlin asks them for help, and once accepted books a 30-minute slot
 * shown on the student's clock with Chicago's beside it; both get calendar invitations at the
 * test's SMTP server that carry neither person's address; the Connector moves the meeting and
 * the student cancels it, each time with the other emailed and the calendar file updated.
 */

const stamp = Date.now().toString(36)
const connector = { email: `rae-${stamp}@example.test`, password: 'a connector passphrase of mine', name: `Rae ${stamp}` }
const student = { email: `ola-${stamp}@example.test`, password: 'a student passphrase of mine', name: `Ola ${stamp}` }
const room = `https://meet.example.org/rae-${stamp}`

/** The first message to `address` whose subject starts with `prefix`, from the mailbox's folder. */
async function mailStartingWith(address: string, prefix: string, timeoutMs = 45_000): Promise<ReceivedEmail> {
  const directory = inject('mailDir')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const file of fs.readdirSync(directory).sort()) {
      const email = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as ReceivedEmail
      if (email.to.includes(address) && email.subject.startsWith(prefix)) return email
    }
    if (Date.now() > deadline) throw new Error(`No email to ${address} starting “${prefix}” within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The message's calendar part as a calendar app reads it, and the method its MIME type names. */
async function calendarOf(email: ReceivedEmail): Promise<{ ics: string; mimeMethod: string }> {
  const parsed = await PostalMime.parse(email.raw)
  const part = parsed.attachments.find((attachment) => attachment.mimeType === 'text/calendar')
  if (!part) throw new Error(`“${email.subject}” has no calendar part`)
  const ics = typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content)
  const mimeMethod = /content-type:\s*text\/calendar[^\r\n]*method=([A-Z]+)/i.exec(email.raw)?.[1] ?? ''
  return { ics, mimeMethod }
}

describe('a Connector sets booking hours, a student in another time zone books, the Connector moves it and the student cancels', () => {
  let browser: Browser
  let connectorPage: Page
  let studentPage: Page
  let requestPath = ''
  let bookedSlot = ''
  let uid = ''
  const violations: string[] = []
  const check = async (page: Page) => violations.push(...(await accessibilityViolations(page)))

  beforeAll(async () => {
    browser = await launchBrowser()
    // Each at home on their own connection (the test is the proxy that names it): the suite's other
    // journeys sign up from one shared address, and its hourly sign-up limit is theirs to use.
    const from = (address: string) => ({ 'X-Forwarded-For': address })
    connectorPage = await (await browser.newContext({ timezoneId: 'America/Chicago', extraHTTPHeaders: from('203.0.113.61') })).newPage()
    studentPage = await (await browser.newContext({ timezoneId: 'Europe/Berlin', extraHTTPHeaders: from('203.0.113.62') })).newPage()
  })
  afterAll(() => browser?.close())

  it('the Connector sets weekly hours, lengths and a video room on one page; a mistake is shown on its field', async () => {
    await joinSite(connectorPage, connector, 'connector')
    await openMemberPage(connectorPage, '/account/profile')
    await connectorPage.getByRole('link', { name: 'Set your booking hours' }).click()
    await connectorPage.waitForURL('**/account/profile/availability')
    await connectorPage.getByRole('heading', { level: 1 }).waitFor()
    await connectorPage.getByRole('button', { name: 'Add a window' }).waitFor()
    await check(connectorPage)

    await connectorPage.locator('#timeZone').selectOption('America/Chicago')
    // Every day, all day, so the test finds slots whatever the hour it runs.
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    for (let index = 0; index < days.length; index++) {
      if ((await connectorPage.locator(`[id="windows.${index}.weekday"]`).count()) === 0) {
        await connectorPage.getByRole('button', { name: 'Add a window' }).click()
      }
      await connectorPage.locator(`[id="windows.${index}.weekday"]`).selectOption(days[index])
      await connectorPage.locator(`[id="windows.${index}.start"]`).fill('00:00')
      await connectorPage.locator(`[id="windows.${index}.end"]`).fill('00:00')
    }
    await connectorPage.locator('#length-30').check()
    await connectorPage.locator('#place-video').check()
    await connectorPage.getByLabel('Your video room link').fill('zoom.example.org/me')
    await connectorPage.getByRole('button', { name: 'Save booking hours' }).click()
    await connectorPage.getByText(/Nothing was saved/).waitFor()
    expect(await connectorPage.getByText('Give the link to your own video room, starting with https://.').count()).toBeGreaterThan(0)

    await connectorPage.getByLabel('Your video room link').fill(room)
    await connectorPage.getByRole('button', { name: 'Save booking hours' }).click()
    await connectorPage.getByText('Your booking hours are saved.', { exact: false }).waitFor()
  })

  it('the student asks for help and the Connector accepts', async () => {
    await joinSite(studentPage, student, 'career-candidate')
    await studentPage.goto(`${baseURL()}/mentors?q=${encodeURIComponent(connector.name)}`)
    await studentPage.getByRole('link', { name: connector.name }).click()
    // The room link and the hours are not on the public profile.
    expect(await studentPage.content()).not.toContain(room)
    await studentPage.getByLabel('What would you like help with?').selectOption('applications')
    await studentPage
      .getByLabel(`Your message to ${connector.name}`)
      .fill(`Could you look over my CV for graduate analyst roles? I am applying in January (${stamp}).`)
    await studentPage.getByRole('button', { name: 'Send my request' }).click()
    await studentPage.waitForURL(/\/account\/requests\/\d+\?sent=1/)
    requestPath = new URL(studentPage.url()).pathname

    await openMemberPage(connectorPage, requestPath)
    await connectorPage.getByRole('button', { name: 'Accept', exact: true }).click()
    await connectorPage.waitForURL(/answered=accept/)
  })

  it('the student books a 30-minute slot shown on Berlin’s clock with Chicago’s beside it; both get an invitation without either address', async () => {
    await openMemberPage(studentPage, `${requestPath}#book`)
    const form = studentPage.getByTestId('booking-form-book')
    await form.waitFor()
    const slot = form.getByRole('radio').nth(2)
    bookedSlot = await slot.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '')
    // Berlin is 7 hours ahead of Chicago: each slot names the Connector's clock beside the student's.
    expect(bookedSlot).toMatch(/in Chicago/)
    await check(studentPage)
    await slot.check()
    await studentPage.getByLabel('What you would like to talk about (optional)').fill('My CV and two applications')
    await studentPage.getByRole('button', { name: 'Book', exact: true }).click()
    await studentPage.getByText('Booked. You both have an email with a calendar invitation.').waitFor()

    const toStudent = await mailStartingWith(student.email, `Your meeting with ${connector.name} is booked`)
    const toConnector = await mailStartingWith(connector.email, `${student.name} booked a meeting with you`)
    for (const email of [toStudent, toConnector]) {
      const { ics, mimeMethod } = await calendarOf(email)
      expect(mimeMethod).toBe('REQUEST')
      expect(ics).toContain('METHOD:REQUEST')
      expect(ics).toContain('SEQUENCE:0')
      expect(ics).toContain(room)
      expect(ics.toLowerCase()).not.toContain(student.email)
      expect(ics.toLowerCase()).not.toContain(connector.email)
      uid = /UID:(\S+)/.exec(ics)![1]
    }
    // The student's email reads on Berlin's clock first.
    expect(toStudent.text).toContain('(your time)')
    expect(toStudent.text).toContain('Chicago')

    await openMemberPage(studentPage, '/account/meetings')
    await studentPage.getByText(connector.name).first().waitFor()
    expect(await studentPage.getByRole('link', { name: 'Join the video call' }).getAttribute('href')).toBe(room)
    await check(studentPage)

    // The Connector's home page lists it under their next meetings.
    await openMemberPage(connectorPage, '/dashboard')
    const next = connectorPage.getByRole('region', { name: 'Your next meetings' })
    await next.waitFor()
    expect(await next.textContent()).toContain(`With ${student.name}`)
  })

  it('nobody else reads the meeting or the room link through the API', async () => {
    const asVisitor = await fetch(`${baseURL()}/api/meetings?depth=0`)
    expect(await asVisitor.text()).not.toContain(room)
    const query = '{ Meetings { docs { id how whereDetail note } } }'
    type Answer = { data?: { Meetings?: { docs: { how: string; whereDetail: string | null; note: string | null }[] } | null }; errors?: { message: string }[] }
    const graphql = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const visitorAnswer = (await graphql.json()) as Answer
    expect(visitorAnswer.data?.Meetings?.docs ?? []).toEqual([])
    expect(JSON.stringify(visitorAnswer)).not.toContain(room)
    // The student, signed in, reads their own meeting through the same query: the schema answers.
    const own = (await studentPage.evaluate(
      (body) => fetch('/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((response) => response.json()),
      JSON.stringify({ query }),
    )) as Answer
    expect(own.errors ?? []).toEqual([])
    expect(own.data?.Meetings?.docs).toEqual([{ id: expect.anything(), how: 'video', whereDetail: room, note: 'My CV and two applications' }])
    const profiles = await fetch(`${baseURL()}/api/mentor-profiles?where[displayName][equals]=${encodeURIComponent(connector.name)}&depth=0`)
    const body = await profiles.text()
    expect(body).toContain(connector.name)
    expect(body).not.toContain(room)
    expect(body).not.toContain('"schedule"')
  })

  it('the Connector moves the meeting with a note; the student’s calendar gets the same event with a higher sequence', async () => {
    await openMemberPage(connectorPage, '/account/meetings')
    await check(connectorPage)
    await connectorPage.getByRole('link', { name: 'Move to another time' }).first().click()
    const form = connectorPage.getByTestId('booking-form-move')
    await form.waitFor()
    await form.getByRole('radio').nth(6).check()
    await connectorPage.getByLabel('Why the change (optional)').fill('A team meeting moved onto that hour')
    await connectorPage.getByRole('button', { name: 'Move the meeting' }).click()
    await connectorPage.getByText(/^Moved\./).waitFor()

    const moved = await mailStartingWith(student.email, `${connector.name} moved your meeting to`)
    expect(moved.text).toContain('A team meeting moved onto that hour')
    const { ics, mimeMethod } = await calendarOf(moved)
    expect(mimeMethod).toBe('REQUEST')
    expect(ics).toContain(`UID:${uid}`)
    expect(ics).toContain('SEQUENCE:1')
  })

  it('the student cancels with a note; the Connector is told and the calendar file cancels the event', async () => {
    await openMemberPage(studentPage, '/account/meetings')
    await studentPage.getByText('Cancel this meeting…').click()
    await studentPage.getByLabel(`A note to ${connector.name} (optional)`).fill('I got an interview that afternoon, sorry')
    await check(studentPage)
    await studentPage.getByRole('button', { name: 'Yes, cancel the meeting' }).click()
    await studentPage.waitForURL(/done=cancelled/)
    await studentPage.getByText('The meeting is cancelled.', { exact: false }).waitFor()

    const cancelled = await mailStartingWith(connector.email, `${student.name} cancelled your meeting`)
    expect(cancelled.text).toContain('I got an interview that afternoon, sorry')
    const { ics, mimeMethod } = await calendarOf(cancelled)
    expect(mimeMethod).toBe('CANCEL')
    expect(ics).toContain('METHOD:CANCEL')
    expect(ics).toContain(`UID:${uid}`)
    expect(ics).toContain('STATUS:CANCELLED')

    await openMemberPage(studentPage, '/account/meetings?when=past')
    await studentPage.getByText('Cancelled').first().waitFor()
  })

  it('the new pages pass axe (WCAG 2.2 AA)', () => {
    expect(violations).toEqual([])
  })
})
