import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToSite } from './browser'
import { call, demoAccount, signInToken } from './http'

/*
 * The header knows who is signed in: their chosen name, a menu with the links their roles need
 * and a badge counting what waits for them; each role lands on its own dashboard. A Mentor and a
 * Career Candidate join in this journey, so the count on the badge is exactly the one request
 * sent here.
 */

const stamp = Date.now()
const mentor = { email: `shell-mentor-${stamp}@example.test`, password: 'a shell mentor passphrase', chosenName: `Orla Shell${stamp % 100000}` }
const student = { email: `shell-student-${stamp}@example.test`, password: 'a shell student passphrase', chosenName: `Teo Shell${stamp % 100000}` }

type Summary = { member: null | { chosenName: string; waitingRequests: number; unreadMessages: number; links: { label: string; href: string }[] } }

async function createMember(account: typeof mentor, role: string) {
  const created = await call('/api/users', {
    method: 'POST',
    token: await signInToken('admin'),
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, roles: [role], _verified: true }),
  })
  if (created.status !== 201) throw new Error(`Creating ${account.email} answered ${created.status}: ${await created.text()}`)
}

const banner = (page: Page) => page.getByRole('banner')

/** The member menu's items, opened from the avatar button and closed again. */
async function menuItems(page: Page): Promise<string[]> {
  await page.getByTestId('member-menu').click()
  await page.getByRole('menu').waitFor()
  const items = await page.getByRole('menuitem').allTextContents()
  await page.keyboard.press('Escape')
  return items.map((item) => item.replace(/\d+$/, '').trim())
}

async function signedInHeader(page: Page, name: string) {
  await banner(page).getByTestId('member-name').waitFor()
  expect(await banner(page).getByTestId('member-name').textContent()).toBe(name)
  expect(await banner(page).getByRole('link', { name: 'Sign in' }).count()).toBe(0)
}

describe('the signed-in app shell and each role’s dashboard', () => {
  let browser: Browser
  const violations: string[] = []
  const check = async (page: Page) => violations.push(...(await accessibilityViolations(page)))
  const newPage = async (options: Parameters<Browser['newContext']>[0] = {}) => (await browser.newContext(options)).newPage()

  beforeAll(async () => {
    await Promise.all([createMember(mentor, 'mentor'), createMember(student, 'career-candidate')])
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('shows a visitor Sign in and Join; the summary says nobody is signed in and is never cached', async () => {
    const response = await call('/api/member-summary')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(await response.json()).toEqual({ member: null })

    const page = await newPage()
    await page.goto(`${baseURL()}/events`)
    await banner(page).getByRole('link', { name: 'Join' }).waitFor()
    expect(await banner(page).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin')
    expect(await banner(page).getByRole('link', { name: 'Join' }).getAttribute('href')).toBe('/signup')
    expect(await banner(page).getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentors' }).count()).toBe(1)
    await check(page)
    await page.close()
  })

  it('answers a member with their own summary only: no email address, private and no-store', async () => {
    const token = await signInToken('career-candidate')
    const response = await call('/api/member-summary', { token })
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const { member } = JSON.parse(text) as Summary
    expect(member?.chosenName).toBe(demoAccount('career-candidate').chosenName)
    expect(text).not.toContain('@')
    expect(text).not.toMatch(/pronouns|identit|email/i)
  })

  it('a Career Candidate signs in to their dashboard: their name in the header, their menu, requests, events and jobs', async () => {
    const page = await newPage()
    await signInToSite(page, student.email, student.password)
    await openMemberPage(page, '/dashboard')
    await signedInHeader(page, student.chosenName)
    expect(await menuItems(page)).toEqual(['Dashboard', 'Mentorship requests', 'Meetings', 'Your résumé', 'Your programmes', 'Account settings', 'Sign out'])
    for (const heading of ['Your mentorship requests', 'Upcoming events', 'New jobs and internships', 'Your résumé']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).count(), heading).toBe(1)
    }
    // Nothing asked yet: the empty state points to the directory.
    expect(await page.getByRole('region', { name: 'Your mentorship requests' }).getByRole('link', { name: 'Find a mentor' }).getAttribute('href')).toBe(
      '/mentors',
    )
    await check(page)

    // They ask the new Mentor for help; the request shows on their dashboard with its status.
    const profiles = (await (await call(`/api/mentor-profiles?where[displayName][equals]=${encodeURIComponent(mentor.chosenName)}&depth=0`)).json()) as {
      docs: { slug: string }[]
    }
    await openMemberPage(page, `/mentors/${profiles.docs[0].slug}`)
    await page.getByLabel('What would you like help with?').selectOption('interviews')
    await page
      .getByLabel(`Your message to ${mentor.chosenName}`)
      .fill(`I have two interviews next month (${stamp}) and would love to practise answering questions.`)
    await page.getByRole('button', { name: 'Send my request' }).click()
    await page.waitForURL(/\/account\/requests\/\d+\?sent=1/)
    await openMemberPage(page, '/dashboard')
    const requests = page.getByRole('list', { name: 'Your mentorship requests' })
    expect(await requests.textContent()).toContain(mentor.chosenName)
    expect(await requests.textContent()).toContain('Waiting for an answer')
    await page.close()
  })

  it('a Mentor sees the request on the badge and on their dashboard with the day it is due', async () => {
    const page = await newPage()
    await signInToSite(page, mentor.email, mentor.password)
    await openMemberPage(page, '/dashboard')
    await signedInHeader(page, mentor.chosenName)
    await banner(page).getByTestId('member-badge').waitFor()
    expect(await banner(page).getByTestId('member-badge').textContent()).toBe('1')
    expect(
      await banner(page)
        .getByRole('button', { name: new RegExp(`^${mentor.chosenName}\\s?: your menu, 1 waiting for you$`) })
        .count(),
    ).toBe(1)
    expect(await menuItems(page)).toEqual([
      'Dashboard',
      'Mentorship requests',
      'Meetings',
      'Directory profile',
      'Your programmes',
      'Account settings',
      'Sign out',
    ])

    const waiting = page.getByRole('list', { name: 'Requests waiting for your answer' })
    expect(await waiting.getByRole('listitem').count()).toBe(1)
    expect(await waiting.textContent()).toContain(student.chosenName)
    expect(await waiting.getByTestId('due').textContent()).toMatch(/^Answer by \d{1,2} [A-Z][a-z]+ \d{4} \(in 14 days\)$/)
    expect(await page.getByTestId('profile-availability').textContent()).toBe('Open to new students')
    expect(await page.getByTestId('profile-visibility').textContent()).toContain('Your profile is listed in the directory.')
    await check(page)

    // The summary counts the same request.
    const summary = (await page.evaluate(() => fetch('/api/member-summary').then((response) => response.json()))) as Summary
    expect(summary.member?.waitingRequests).toBe(1)
    await page.close()
  })

  it('a company representative sees their plan, their postings and the way to /admin', async () => {
    const account = demoAccount('company-representative')
    const page = await newPage()
    await signInToSite(page, account.email, account.password)
    await openMemberPage(page, '/dashboard')
    await signedInHeader(page, account.chosenName)
    expect(await menuItems(page)).toEqual(['Dashboard', 'Account settings', 'Organisation admin', 'Sign out'])
    expect(await page.getByTestId('plan-status').textContent()).toMatch(/^(Partnership plan active|No active partnership plan)$/)
    expect(await page.getByTestId('plan-summary').textContent()).toMatch(/jobs, events and résumé downloads/i)
    expect(await page.getByRole('heading', { level: 2, name: 'Your postings' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'Open the organisation admin' }).getAttribute('href')).toBe('/admin')
    await check(page)
    await page.close()
  })

  it('Career Center staff see their membership and postings; an admin sees the platform overview', async () => {
    const staff = demoAccount('career-center-staff')
    const staffPage = await newPage()
    await signInToSite(staffPage, staff.email, staff.password)
    await openMemberPage(staffPage, '/dashboard')
    await signedInHeader(staffPage, staff.chosenName)
    expect(await staffPage.getByTestId('plan-status').textContent()).toMatch(/membership/i)
    expect(await staffPage.getByRole('heading', { level: 2, name: 'Your postings' }).count()).toBe(1)
    await check(staffPage)
    await staffPage.close()

    const admin = demoAccount('admin')
    const adminPage = await newPage()
    await signInToSite(adminPage, admin.email, admin.password)
    await openMemberPage(adminPage, '/dashboard')
    await signedInHeader(adminPage, admin.chosenName)
    expect(await menuItems(adminPage)).toEqual(['Dashboard', 'Account settings', 'Admin panel', 'Sign out'])
    expect(await adminPage.getByRole('heading', { level: 2, name: 'Platform overview' }).count()).toBe(1)
    expect(await adminPage.getByRole('link', { name: 'Open the admin panel' }).getAttribute('href')).toBe('/admin')
    await check(adminPage)
    await adminPage.close()
  })

  it('signs the member out from the menu', async () => {
    const page = await newPage()
    await signInToSite(page, student.email, student.password)
    await openMemberPage(page, '/dashboard')
    await signedInHeader(page, student.chosenName)
    await page.getByTestId('member-menu').click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL('**/signin?signedOut=1')
    await banner(page).getByRole('link', { name: 'Sign in' }).waitFor()
    const summary = (await page.evaluate(() => fetch('/api/member-summary').then((response) => response.json()))) as Summary
    expect(summary).toEqual({ member: null })
    await page.close()
  })

  it('on a 390 px phone the menu button opens the navigation and the member’s links', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } })
    await signInToSite(page, student.email, student.password)
    await openMemberPage(page, '/dashboard')
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
    await page.getByTestId('phone-menu').click()
    const panel = page.getByRole('dialog', { name: 'Menu' })
    await panel.waitFor()
    for (const label of ['Mentors', 'Events', 'Jobs']) expect(await panel.getByRole('link', { name: label, exact: true }).count(), label).toBe(1)
    expect(await panel.getByRole('link', { name: 'Your résumé' }).getAttribute('href')).toBe('/account/resume')
    expect(await panel.getByRole('button', { name: 'Sign out' }).count()).toBe(1)
    await check(page)
    await panel.getByRole('link', { name: 'Events', exact: true }).click()
    await page.waitForURL('**/events')
    await panel.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await page.close()
  })

  it('without JavaScript the phone menu is still a way around', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    await page.goto(`${baseURL()}/events`)
    await page.locator('summary', { hasText: 'Menu' }).click()
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await nav.getByRole('link', { name: 'Mentors' }).getAttribute('href')).toBe('/mentors')
    expect(await nav.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe('/signup')
    await page.close()
  })

  it('meets WCAG 2.2 AA on every page visited', () => {
    expect(violations).toEqual([])
  })
})
