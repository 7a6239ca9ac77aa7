import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

const admin = demoAccounts.find((account) => account.roles.includes('admin'))!
const student = demoAccounts.find((account) => account.roles.includes('career-candidate'))!

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
  },
})

async function adminToken(): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  return ((await response.json()) as { token: string }).token
}

async function publishPolicy(token: string, body: object, id?: string | number) {
  const response = await fetch(`${baseURL()}/api/policies${id ? `/${id}` : ''}`, {
    method: id ? 'PATCH' : 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...body, _status: 'published' }),
  })
  expect(response.status).toBeLessThan(300)
  return ((await response.json()) as { doc: { id: string | number } }).doc
}

describe('a member must accept a new version of a policy before using their account', () => {
  let browser: Browser
  let page: Page
  let policyId: string | number
  const violations: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('signs in and first accepts a policy published since joining', async () => {
    const token = await adminToken()
    policyId = (
      await publishPolicy(token, {
        title: 'Safe Spaces Agreement',
        slug: 'safe-spaces-agreement',
        body: paragraph('We keep conversations confidential.'),
        requiredFor: ['career-candidate'],
        changeSummary: 'First version.',
      })
    ).id

    await page.goto(`${baseURL()}/signin`)
    await page.getByLabel('Email').fill(student.email)
    await page.getByLabel('Password').fill(student.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // A policy published after the student joined: it must be accepted first.
    await page.waitForURL('**/account/policies', { timeout: 15_000 }).catch(async () => {
      throw new Error(`Still on ${page.url()}: ${await page.locator('main').innerText()}`)
    })
    expect(await page.locator('main').textContent()).toContain('We keep conversations confidential.')
    // Other journeys in this run may have published new versions too: accept them all.
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Accept and continue' }).click()
    await page.waitForURL('**/account?accepted=1')
  })

  it('is taken to what changed when an admin publishes a new version', async () => {
    await publishPolicy(
      await adminToken(),
      { body: paragraph('We keep conversations confidential and report harm.'), changeSummary: 'Added reporting harm.' },
      policyId,
    )
    await page.goto(`${baseURL()}/account`)
    await page.waitForURL('**/account/policies')
    expect(await page.getByRole('heading', { level: 2, name: 'Safe Spaces Agreement: version 1 → 2' }).count()).toBe(1)
    const added = (await page.locator('[data-testid="policy-diff"] ins').allTextContents()).map((text) => text.replace(/\s+/g, ' '))
    expect(added).toContain('[added: and report harm]')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('keeps public pages open meanwhile', async () => {
    const visitor = await browser.newPage()
    const response = await visitor.goto(`${baseURL()}/policies/safe-spaces-agreement`)
    expect(response?.status()).toBe(200)
    await visitor.close()
  })

  it('must tick the new version before continuing, then gets the account back', async () => {
    await page.getByRole('button', { name: 'Accept and continue' }).click()
    await page.locator('#accept-safe-spaces-agreement-error').waitFor()
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.getByRole('button', { name: 'Accept and continue' }).click()
    await page.waitForURL('**/account?accepted=1')
    expect(await page.getByRole('status').first().textContent()).toContain('your acceptance is recorded')
    violations.push(...(await accessibilityViolations(page)))
  })

  it('meets WCAG 2.2 AA on every page visited', () => {
    expect(violations).toEqual([])
  })
})
