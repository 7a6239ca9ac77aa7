import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, signInToAdmin } from './browser'

/*
 * Northwind's representative posts a remote job in /admin; visitors find it on /jobs, filter
 * for it and read how to apply. A job past its deadline is off the board, and Harbor Health,
 * whose plan has lapsed, is told why it cannot publish.
 */

const stamp = Date.now().toString(36)
const title = `Accessibility engineer ${stamp}`
const slug = `accessibility-engineer-${stamp}`
const year = new Date().getUTCFullYear() + 1

async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

/** Fills /admin/collections/opportunities/create with a remote job closing on 3 March next year. */
async function fillJob(page: Page, jobTitle: string, jobSlug: string) {
  await page.goto(`${baseURL()}/admin/collections/opportunities/create`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-title').fill(jobTitle)
  await page.locator('#field-slug').fill(jobSlug)
  await page.locator('#field-workplace').click()
  await page.locator('.rs__option', { hasText: 'Remote' }).click()
  await page.locator('#field-location').fill('Canada or the United States')
  await page.locator('#field-summary').fill('Make our library tools work for everyone, with screen-reader users on the team.')
  // The job form has one rich-text field: the description.
  const description = page.locator('[data-lexical-editor="true"]').first()
  await description.click()
  await description.pressSequentially('You will audit and fix our interfaces with the people who use them.')
  await page.locator('#field-applyLink').fill(`https://northwind.example.org/careers/${jobSlug}`)
  const deadline = page.locator('#field-deadline .react-datepicker__input-container input')
  await deadline.click()
  await deadline.fill(`3 Mar ${year}`)
  await deadline.press('Tab')
  expect(await deadline.inputValue()).toBe(`3 Mar ${year}`)
}

describe('a company posts a job that students find on the board', () => {
  let browser: Browser
  let company: Page
  let visitor: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    company = await (await browser.newContext()).newPage()
    visitor = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  const cardTitles = () => visitor.locator('.card-grid h2').allTextContents()

  it('serves the board from the page cache before the job exists', async () => {
    const board = await fetch(`${baseURL()}/jobs`)
    expect(board.headers.get('cache-control')).toMatch(/\bs-maxage=\d+/)
    expect(await board.text()).not.toContain(title)
  })

  it('lets Northwind’s representative publish a remote job in /admin', async () => {
    await signInToAdmin(company, 'company@example.org', 'demo-company-2026')
    await fillJob(company, title, slug)
    await company.locator('#action-save').click()
    await company.waitForURL(/\/admin\/collections\/opportunities\/\d+$/, { timeout: 30_000 })
    await company.getByText('Published', { exact: true }).first().waitFor()
  })

  it('shows the job on /jobs and narrows the board by workplace and company', async () => {
    await visitor.goto(`${baseURL()}/jobs`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Jobs and internships')
    expect(await cardTitles()).toContain(title)
    const card = visitor.locator('.card-grid li', { has: visitor.getByRole('link', { name: title }) })
    expect(await card.textContent()).toContain(`Job · Northwind Analytics · Remote, Canada or the United States`)
    expect(await card.textContent()).toContain(`Apply by 3 March ${year}`)
    expect(await accessibilityViolations(visitor)).toEqual([])

    await visitor.getByLabel('Where').selectOption('remote')
    await visitor.getByLabel('Company').selectOption('northwind-analytics')
    await visitor.getByRole('button', { name: 'Show jobs' }).click()
    await visitor.waitForURL('**/jobs?*workplace=remote*')
    const titles = await cardTitles()
    expect(titles).toContain(title)
    expect(titles).not.toContain('Product design internship, summer 2027')

    await visitor.goto(`${baseURL()}/jobs?kind=internship&location=Atlantis`)
    expect(await visitor.getByTestId('result-count').textContent()).toBe('0 open positions')
    expect(await visitor.locator('.notice').textContent()).toContain('No open position matches these choices.')
    expect(await accessibilityViolations(visitor)).toEqual([])
  })

  it('shows the job’s page with the company, the deadline and where to apply', async () => {
    await visitor.goto(`${baseURL()}/jobs`)
    await visitor.getByRole('link', { name: title }).click()
    await visitor.waitForURL(`**/jobs/${slug}`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await visitor.getByRole('link', { name: 'Northwind Analytics', exact: true }).getAttribute('href')).toBe('/organizations/northwind-analytics')
    expect(await visitor.getByTestId('deadline').textContent()).toBe(`Applications close at the end of 3 March ${year} (UTC).`)
    expect(await visitor.getByRole('link', { name: 'Apply on Northwind Analytics’s site' }).getAttribute('href')).toBe(
      `https://northwind.example.org/careers/${slug}`,
    )
    const report = new URL((await visitor.getByRole('link', { name: 'Report this job' }).getAttribute('href'))!, baseURL())
    expect(report.searchParams.get('kind')).toBe('job')
    expect(await accessibilityViolations(visitor)).toEqual([])

    await visitor.goto(`${baseURL()}/organizations/northwind-analytics`)
    expect(await visitor.getByTestId('organization-jobs').textContent()).toContain(title)
  })

  it('keeps a job whose deadline has passed off the board and its page', async () => {
    const token = await apiToken('company@example.org', 'demo-company-2026')
    const closedTitle = `Closed role ${stamp}`
    const created = await fetch(`${baseURL()}/api/opportunities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: closedTitle,
        slug: `closed-role-${stamp}`,
        kind: 'job',
        workplace: 'on-site',
        summary: 'A role whose applications closed yesterday.',
        description: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                children: [{ type: 'text', version: 1, text: 'Closed.', format: 0, detail: 0, mode: 'normal', style: '' }],
              },
            ],
          },
        },
        applyLink: 'https://northwind.example.org/careers/closed',
        deadline: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)

    await visitor.goto(`${baseURL()}/jobs`)
    expect(await cardTitles()).not.toContain(closedTitle)
    expect((await visitor.goto(`${baseURL()}/jobs/closed-role-${stamp}`))?.status()).toBe(404)
    const publicList = (await (await fetch(`${baseURL()}/api/opportunities?limit=100`)).json()) as { docs: { title: string }[] }
    expect(publicList.docs.map((doc) => doc.title)).not.toContain(closedTitle)
    // Its company still sees it, to reopen or remove it.
    const ownList = (await (await fetch(`${baseURL()}/api/opportunities?limit=100`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      docs: { title: string }[]
    }
    expect(ownList.docs.map((doc) => doc.title)).toContain(closedTitle)
  })

  it('refuses Harbor Health, whose plan has lapsed, with the reason', async () => {
    const harbor = await (await browser.newContext()).newPage()
    await signInToAdmin(harbor, 'harbor@example.org', 'demo-harbor-2026')
    await fillJob(harbor, `Harbor nurse ${stamp}`, `harbor-nurse-${stamp}`)
    await harbor.locator('#action-save').click()
    const toast = harbor.locator('.payload-toast-item').first()
    await toast.waitFor()
    expect(await toast.textContent()).toContain('Posting jobs and internships needs an active partnership plan.')

    await visitor.goto(`${baseURL()}/jobs`)
    expect(await cardTitles()).not.toContain(`Harbor nurse ${stamp}`)
  })
})
