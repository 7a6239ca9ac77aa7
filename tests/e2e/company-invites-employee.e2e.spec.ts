import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToAdmin, signInToSite } from './browser'

const profilePath = '/organizations/northwind-analytics'

async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${baseURL()}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers } })

describe('a company representative lists an employee group and invites an employee', () => {
  let browser: Browser
  let representative: Page
  const stamp = Date.now()
  const ergName = `Northwind Neurodivergent & Queer ${stamp}`
  const employee = { name: `Casey ${stamp}`, email: `casey-${stamp}@example.test`, password: 'an employee passphrase' }
  let invitationId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    representative = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('adds an employee resource group in /admin and it appears on the public profile', async () => {
    await signInToAdmin(representative, 'company@example.org', 'demo-company-2026')
    await representative.goto(`${baseURL()}/admin/collections/organizations`)
    await representative.locator('table tbody tr').first().getByRole('link').first().click()
    const names = representative.locator('[id^="field-ergs__"][id$="__name"]')
    await names.first().waitFor()
    const before = await names.count()
    await representative.getByRole('button', { name: 'Add Employee resource group' }).click()
    await names.nth(before).waitFor()
    await names.nth(before).fill(ergName)
    await representative.getByRole('button', { name: 'Save' }).click()
    await representative.getByText('Updated successfully').first().waitFor()

    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}${profilePath}`)
    expect(await visitor.getByRole('region', { name: 'Employee resource groups' }).textContent()).toContain(ergName)
    expect(await accessibilityViolations(visitor)).toEqual([])
    await visitor.close()
  })

  it('invites an employee by email from /admin', async () => {
    await representative.goto(`${baseURL()}/admin/collections/affiliations/create`)
    await representative.locator('#field-email').fill(employee.email)
    await representative.getByRole('button', { name: 'Save' }).click()
    await representative.waitForURL(/\/admin\/collections\/affiliations\/\d+/)
    invitationId = /affiliations\/(\d+)/.exec(representative.url())![1]
  })

  it('the employee joins, follows the invitation and appears on the company’s public profile', async () => {
    const invitation = await waitForSavedEmail(inject('mailDir'), employee.email)
    expect(invitation.subject).toBe('Northwind Analytics invites you to the Pride Career Network')
    expect(invitation.text).not.toContain('company@example.org')
    const link = /http:\/\/\S+\/invites\/[a-f0-9]{48}/.exec(invitation.text)![0]

    const page = await (await browser.newContext()).newPage()
    await page.goto(link)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Northwind Analytics invites you')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Join as a Mentor' }).click()
    await page.getByLabel('Chosen name').fill(employee.name)
    await page.getByLabel('Email').fill(employee.email)
    await page.getByLabel('Password').fill(employee.password)
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    await page.waitForURL('**/signup/check-email')
    const confirmation = await waitForSavedEmail(inject('mailDir'), employee.email, 20_000, 'Confirm your email address')
    await page.goto(/http:\/\/\S+\/verify\?token=[a-f0-9]+/.exec(confirmation.text)![0])
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL('**/signin?verified=1')
    await signInToSite(page, employee.email, employee.password)

    await page.goto(link)
    await page.getByRole('button', { name: 'Accept the invitation' }).click()
    // The account page says so, unless a journey running alongside published a policy version
    // meanwhile and the member is asked to accept it first.
    await page
      .getByText('You are now listed with Northwind Analytics.')
      .or(page.getByRole('button', { name: 'Accept and continue' }))
      .waitFor()
    await openMemberPage(page, '/account')
    expect(await page.getByTestId('listed-with').textContent()).toContain('Northwind Analytics')

    await page.goto(`${baseURL()}${profilePath}`)
    expect(await page.getByTestId('affiliated-mentors').textContent()).toContain(`${employee.name} (Mentor)`)
    expect(await page.locator('main').textContent()).not.toContain(employee.email)
  })

  it('a representative of another company can see neither the invitation nor edit Northwind', async () => {
    const token = await apiToken('harbor@example.org', 'demo-harbor-2026')
    expect((await api(`/api/affiliations/${invitationId}`, token)).status).toBe(404)
    const list = (await (await api('/api/affiliations?limit=100', token)).json()) as { docs: { id: number }[] }
    expect(list.docs.map((doc) => String(doc.id))).not.toContain(invitationId)

    const northwind = (await (await api('/api/organizations?where[slug][equals]=northwind-analytics', token)).json()) as {
      docs: { id: number; plan?: unknown; ergs: { name: string }[] }[]
    }
    expect(northwind.docs[0]).not.toHaveProperty('plan')
    const edit = await api(`/api/organizations/${northwind.docs[0].id}`, token, { method: 'PATCH', body: JSON.stringify({ ergs: [] }) })
    expect(edit.status).toBe(403)

    const page = await (await browser.newContext()).newPage()
    await signInToAdmin(page, 'harbor@example.org', 'demo-harbor-2026')
    await page.goto(`${baseURL()}/admin/collections/affiliations`)
    await page.getByRole('heading', { name: 'Affiliations' }).first().waitFor()
    expect(await page.locator('body').textContent()).not.toContain(employee.email)
    await page.goto(`${baseURL()}/admin/collections/affiliations/${invitationId}`)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('#field-email').count()).toBe(0)
    expect(await page.locator('body').textContent()).not.toContain(employee.email)
    await page.goto(`${baseURL()}/admin/collections/organizations`)
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1)
    expect(await page.locator('table tbody tr').first().textContent()).toContain('Harbor Health Partners')

    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}${profilePath}`)
    expect(await visitor.getByRole('region', { name: 'Employee resource groups' }).textContent()).toContain(ergName)
  })
})
