import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launchBrowser, signInToAdmin } from './browser'

/*
 * /admin shows each role the collections it works with. Career Center staff and company
 * representatives find no card or menu entry for what only admins use (members, policies,
 * mentorship requests, site settings); admins find them all. Access itself is unchanged: the
 * API still answers staff as their access rules say.
 */

const adminOnly = ['users', 'policies', 'mentorship-requests']
const adminOnlyGlobals = ['site-settings', 'navigation', 'footer']

/** The slugs of the dashboard's cards and of the side menu's entries. */
async function entries(page: Page) {
  await page.goto(`${baseURL()}/admin`)
  await page.locator('[id^="card-"]').first().waitFor()
  const ids = async (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => element.id))
  return {
    cards: (await ids('[id^="card-"]')).map((id) => id.replace(/^card-/, '')),
    menu: (await ids('[id^="nav-"]')).map((id) => id.replace(/^nav-(global-)?/, '')),
  }
}

describe('/admin shows each role the tools it can use', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('shows Career Center staff no card or menu entry for admins’ collections and settings', async () => {
    const staff = await (await browser.newContext()).newPage()
    await signInToAdmin(staff, 'staff@example.org', 'demo-staff-2026')
    const { cards, menu } = await entries(staff)
    expect(cards).toContain('events')
    for (const slug of [...adminOnly, ...adminOnlyGlobals]) {
      expect(cards).not.toContain(slug)
      expect(menu).not.toContain(slug)
    }
  })

  it('shows a company representative its résumés, and none of the admins’ collections', async () => {
    const company = await (await browser.newContext()).newPage()
    await signInToAdmin(company, 'company@example.org', 'demo-company-2026')
    const { cards, menu } = await entries(company)
    expect(cards).toContain('resumes')
    for (const slug of [...adminOnly, ...adminOnlyGlobals]) {
      expect(cards).not.toContain(slug)
      expect(menu).not.toContain(slug)
    }
  })

  it('shows a company representative a plain summary of its plan on its organisation', async () => {
    const company = await (await browser.newContext()).newPage()
    await signInToAdmin(company, 'company@example.org', 'demo-company-2026')
    await company.goto(`${baseURL()}/admin/collections/organizations`)
    await company.getByRole('link', { name: 'Northwind Analytics' }).first().click()
    await company.waitForURL(/\/admin\/collections\/organizations\/[^/]+$/)
    // Payload draws fields as they scroll into view.
    await company.locator('#field-plan').scrollIntoViewIfNeeded()
    await company.locator('#field-plan__summary').waitFor()
    expect(await company.locator('#field-plan__summary').inputValue()).toMatch(/^Active until \d+ \w+ \d{4}: jobs, events and résumé downloads are open\.$/)
  })

  it('still shows admins every collection and setting', async () => {
    const admin = await (await browser.newContext()).newPage()
    await signInToAdmin(admin, 'admin@example.org', 'demo-admin-2026')
    const { cards } = await entries(admin)
    for (const slug of [...adminOnly, ...adminOnlyGlobals]) expect(cards).toContain(slug)
  })
})
