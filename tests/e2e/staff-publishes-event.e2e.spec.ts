import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, signInToAdmin } from './browser'

/*
 * Lakeside's Career Center staff publish an evening event in /admin, in Chicago time, from a
 * browser set to another zone. Visitors find it on /events and its page, in the calendar feeds
 * and as a single .ics; once unpublished it leaves the list and the feeds. Harbor Health, whose
 * plan has lapsed, is told why it cannot publish.
 */

const stamp = Date.now().toString(36)
const title = `Interview practice ${stamp}`
const slug = `interview-practice-${stamp}`
const lakeside = 'lakeside-university-career-center'

// Early December, when Chicago is always six hours behind UTC: 18:00–19:30 there is 00:00–01:30 UTC the next day.
const year = new Date().getUTCFullYear() + 3
const weekday = (day: number) => new Date(Date.UTC(year, 11, day)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
const localTime = `${weekday(3)} 3 December ${year}, 18:00–19:30 (America/Chicago)`
const utcTime = `${weekday(4)} 4 December ${year}, 00:00–01:30 (UTC)`

/** Calendar lines are folded at 75 octets; unfolded, each property is one line again. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

/** The VEVENT of `summary` in a calendar, or undefined. */
const calendarEvent = (text: string, summary: string) =>
  unfold(text)
    .split('BEGIN:VEVENT')
    .slice(1)
    .find((block) => block.split('\r\n').includes(`SUMMARY:${summary}`))

async function fetchCalendar(path: string) {
  const response = await fetch(`${baseURL()}${path}`)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    text: await response.text(),
  }
}

/** Payload's date field with a time zone: a react-datepicker text input and, beside it, a react-select of zones. */
async function chooseZone(page: Page, field: 'startsAt' | 'endsAt', zone: string) {
  const picker = page.locator(`#${field}-timezone-picker`)
  await picker.click()
  await picker.pressSequentially(zone)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.locator(`#field-${field}`).textContent()).toContain(zone)
}

const timeInput = (page: Page, field: 'startsAt' | 'endsAt') => page.locator(`#field-${field} .react-datepicker__input-container input`)

/**
 * As staff do it: the time first, then the zone. The typed time must stay what it was (the bug
 * was 6:00 PM becoming the same instant on Chicago's clock). The field starts in the host's zone,
 * so another zone is picked first to make the change of zone a real one.
 */
async function enterDateTime(page: Page, field: 'startsAt' | 'endsAt', text: string, zone: string) {
  await chooseZone(page, field, 'Berlin, Paris')
  const input = timeInput(page, field)
  await input.click()
  await input.fill(text)
  await input.press('Tab')
  expect(await input.inputValue()).toBe(text)
  await chooseZone(page, field, zone)
  expect(await input.inputValue()).toBe(text)
}

/** Fills the event form in /admin/collections/events/create with an online event on 3 December. */
async function fillEvent(page: Page, eventTitle: string, eventSlug: string) {
  await page.goto(`${baseURL()}/admin/collections/events/create`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-title').fill(eventTitle)
  await page.locator('#field-slug').fill(eventSlug)
  await page.locator('#field-summary').fill('Practise answering interview questions about your name and pronouns, with feedback from alumni.')
  await enterDateTime(page, 'startsAt', `Dec 3, ${year} 6:00 PM`, 'Central Time (US & Canada)')
  await enterDateTime(page, 'endsAt', `Dec 3, ${year} 7:30 PM`, 'Central Time (US & Canada)')
  await page.locator('#field-joiningLink').fill(`https://meet.example.org/${eventSlug}`)
}

describe('Career Center staff publish an event that visitors can add to their calendars', () => {
  let browser: Browser
  let staff: Page
  let visitor: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    // Staff work from a browser in Berlin: the event still takes place at 18:00 in Chicago.
    staff = await (await browser.newContext({ timezoneId: 'Europe/Berlin' })).newPage()
    visitor = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  const cardTitles = () => visitor.locator('.event-list h2').allTextContents()

  it('serves /events to every visitor from the page cache, and a filtered list fresh for each request', async () => {
    const list = await fetch(`${baseURL()}/events`)
    expect(list.status).toBe(200)
    expect(list.headers.get('cache-control')).toMatch(/\bs-maxage=\d+/)
    // Cached before the event exists: the next test sees it only if publishing refreshes the page.
    expect(await list.text()).not.toContain(title)

    const filtered = await fetch(`${baseURL()}/events?format=online`)
    expect(filtered.status).toBe(200)
    expect(filtered.headers.get('cache-control')).not.toMatch(/s-maxage/)
    expect(await filtered.text()).toContain('<h1>Events</h1>')
  })

  it('starts a new event in the host’s time zone', async () => {
    await signInToAdmin(staff, 'staff@example.org', 'demo-staff-2026')
    await staff.goto(`${baseURL()}/admin/collections/events/create`)
    await staff.locator('#field-title').waitFor()
    // Lakeside's own setting (Organizations › Time zone) is Chicago: nothing to choose, nothing to fail at publish.
    for (const field of ['startsAt', 'endsAt']) {
      // The zone picker names its choice in the title of its value (its text is drawn by react-select).
      expect(await staff.locator(`#field-${field} .timezone-picker .value-container`).getAttribute('title')).toContain('Central Time (US & Canada)')
    }
  })

  it('creates an online event in /admin with its time zone and publishes it', async () => {
    await fillEvent(staff, title, slug)
    await staff.locator('#action-save').click()
    await staff.waitForURL(/\/admin\/collections\/events\/\d+$/, { timeout: 30_000 })
    await staff.getByText('Published', { exact: true }).first().waitFor()
    // Reopened in Berlin, the form still reads 6:00 PM: the time in the event's own zone.
    await staff.reload()
    expect(await timeInput(staff, 'startsAt').inputValue()).toBe(`Dec 3, ${year} 6:00 PM`)
  })

  it('stores the moment in UTC, with the zone beside it', async () => {
    const response = await fetch(`${baseURL()}/api/events?where[slug][equals]=${slug}&depth=0`)
    const { docs } = (await response.json()) as { docs: { startsAt: string; startsAt_tz: string; endsAt: string; endsAt_tz: string }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      startsAt: `${year}-12-04T00:00:00.000Z`,
      startsAt_tz: 'America/Chicago',
      endsAt: `${year}-12-04T01:30:00.000Z`,
      endsAt_tz: 'America/Chicago',
    })
  })

  it('shows the event on /events at the next request after publishing, in Chicago time, hosted by Lakeside', async () => {
    await visitor.goto(`${baseURL()}/events`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Events')
    expect(await cardTitles()).toContain(title)
    const card = visitor.locator('.event-list li', { has: visitor.getByRole('link', { name: title }) })
    const text = (await card.textContent()) ?? ''
    expect(text).toContain(localTime)
    expect(text).toContain('Online · Hosted by Lakeside University Career Center')
    expect(await visitor.getByRole('link', { name: 'Subscribe to the calendar' }).getAttribute('href')).toBe('/events/calendar.ics')
    expect(await accessibilityViolations(visitor)).toEqual([])
  })

  it('shows the event’s page with its time in Chicago and in UTC, the host and the joining link', async () => {
    await visitor.getByRole('link', { name: title }).click()
    await visitor.waitForURL(`**/events/${slug}`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await visitor.getByTestId('event-time').textContent()).toBe(localTime)
    expect(await visitor.getByTestId('event-time-utc').textContent()).toBe(utcTime)
    expect(await visitor.getByRole('link', { name: 'Lakeside University Career Center' }).getAttribute('href')).toBe(`/organizations/${lakeside}`)
    expect(await visitor.getByRole('link', { name: `https://meet.example.org/${slug}` }).count()).toBe(1)
    const report = new URL((await visitor.getByRole('link', { name: 'Report this event' }).getAttribute('href'))!, baseURL())
    expect(report.pathname).toBe('/report')
    expect(report.searchParams.get('kind')).toBe('event')
    expect(report.searchParams.get('subject')).toBe(`${title} (${baseURL()}/events/${slug})`)
    expect(await accessibilityViolations(visitor)).toEqual([])
  })

  it('downloads the single event as an .ics file in UTC', async () => {
    const [download] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('link', { name: 'Add to my calendar' }).click()])
    expect(download.suggestedFilename()).toBe(`${slug}.ics`)
    const event = calendarEvent(fs.readFileSync((await download.path())!, 'utf8'), title)
    expect(event).toContain(`DTSTART:${year}1204T000000Z`)
    expect(event).toContain(`DTEND:${year}1204T013000Z`)
    expect(event).toContain(`URL:${baseURL()}/events/${slug}`)
    expect(event).toContain(`LOCATION:https://meet.example.org/${slug}`)
  })

  it('puts the event in the site’s feed and in Lakeside’s feed', async () => {
    const feed = await fetchCalendar('/events/calendar.ics')
    expect(feed.status).toBe(200)
    expect(feed.type).toBe('text/calendar; charset=utf-8')
    expect(feed.disposition).toContain('filename="events.ics"')
    expect(feed.text).toContain('X-WR-CALNAME:Pride Career Network events')
    const event = calendarEvent(feed.text, title)
    expect(event).toContain(`DTSTART:${year}1204T000000Z`)
    expect(event).toMatch(/UID:event-\d+@127\.0\.0\.1/)
    expect(event).toContain('STATUS:CONFIRMED')

    const lakesideFeed = await fetchCalendar(`/organizations/${lakeside}/events.ics`)
    expect(lakesideFeed.status).toBe(200)
    expect(calendarEvent(lakesideFeed.text, title)).toContain(`DTSTART:${year}1204T000000Z`)
    expect((await fetchCalendar('/organizations/northwind-analytics/events.ics')).text).not.toContain(title)
    expect((await fetchCalendar('/organizations/no-such-organisation/events.ics')).status).toBe(404)
    expect((await fetchCalendar('/events/no-such-event/calendar.ics')).status).toBe(404)
  })

  it('narrows the list by host and format, keeping the choices in the address', async () => {
    await visitor.goto(`${baseURL()}/events`)
    await visitor.getByLabel('Host').selectOption(lakeside)
    await visitor.getByLabel('Format').selectOption('online')
    await visitor.getByRole('button', { name: 'Show events' }).click()
    await visitor.waitForURL((url) => url.searchParams.get('host') === lakeside && url.searchParams.get('format') === 'online')
    expect(await cardTitles()).toContain(title)
    for (const meta of await visitor.locator('.event-list .meta').allTextContents()) {
      expect(meta).toBe('Online · Hosted by Lakeside University Career Center')
    }

    await visitor.goto(`${baseURL()}/events?format=in-person`)
    expect(await cardTitles()).not.toContain(title)
    await visitor.goto(`${baseURL()}/events?host=northwind-analytics`)
    expect(await cardTitles()).not.toContain(title)
    expect(await visitor.getByLabel('Host').inputValue()).toBe('northwind-analytics')
    await visitor.goto(`${baseURL()}/events?from=${year}-12-03&to=${year}-12-03`)
    expect(await cardTitles()).toEqual([title])
  })

  it('explains an empty result and points to the past events', async () => {
    await visitor.goto(`${baseURL()}/events?from=2001-01-01&to=2001-01-31`)
    expect(await visitor.getByTestId('result-count').textContent()).toBe('0 upcoming events')
    const notice = visitor.getByTestId('empty-state')
    expect(await notice.textContent()).toContain('No upcoming events match these choices.')
    expect(await notice.getByRole('link', { name: 'Clear the filters' }).getAttribute('href')).toBe('/events')
    expect(await notice.getByRole('link', { name: 'See past events' }).getAttribute('href')).toBe('/events?when=past')
    expect(await accessibilityViolations(visitor)).toEqual([])
  })

  it('says so when a date in the address is not a date, instead of failing', async () => {
    const response = await visitor.goto(`${baseURL()}/events?from=${year}-02-30`)
    expect(response?.status()).toBe(200)
    expect(await visitor.getByTestId('search-problems').textContent()).toContain(`“${year}-02-30” is not a date`)
    expect(await cardTitles()).toContain(title)
  })

  it('takes the event off /events, its page and the feeds when staff unpublish it', async () => {
    await staff.reload()
    await staff.locator('.doc-controls__dots').click()
    await staff.locator('#action-unpublish').click()
    await staff.locator('#confirm-action').click()
    await staff.getByText('Unpublished successfully.').first().waitFor()

    await visitor.goto(`${baseURL()}/events`)
    expect(await cardTitles()).not.toContain(title)
    expect((await visitor.goto(`${baseURL()}/events/${slug}`))?.status()).toBe(404)
    expect((await fetchCalendar('/events/calendar.ics')).text).not.toContain(title)
    expect((await fetchCalendar(`/organizations/${lakeside}/events.ics`)).text).not.toContain(title)
    expect((await fetchCalendar(`/events/${slug}/calendar.ics`)).status).toBe(404)
  })

  it('refuses Harbor Health, whose plan has lapsed, with the reason', async () => {
    const harbor = await (await browser.newContext()).newPage()
    await signInToAdmin(harbor, 'harbor@example.org', 'demo-harbor-2026')
    await fillEvent(harbor, `Harbor open day ${stamp}`, `harbor-open-day-${stamp}`)
    await harbor.locator('#action-save').click()
    // The server's refusal reaches the staff member as a toast.
    const toast = harbor.locator('.payload-toast-item').first()
    await toast.waitFor()
    expect(await toast.textContent()).toContain('Posting events needs an active partnership plan.')
    expect(new URL(harbor.url()).pathname).toBe('/admin/collections/events/create')

    await visitor.goto(`${baseURL()}/events`)
    expect(await cardTitles()).not.toContain(`Harbor open day ${stamp}`)
  })
})
