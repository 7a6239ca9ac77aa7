import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser } from './browser'

describe('a visitor browses organisations', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  const names = () => page.locator('.card-grid h2').allTextContents()

  it('lists companies and Career Centers by name', async () => {
    await page.goto(`${baseURL()}/organizations`)
    expect(await names()).toEqual(['Harbor Health Partners', 'Lakeside University Career Center', 'Northwind Analytics'])
    expect(await page.getByTestId('result-count').textContent()).toBe('3 organisations')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('serves the full list from the page cache and a filtered one for each request, at the address the visitor typed', async () => {
    const list = await fetch(`${baseURL()}/organizations`)
    expect(list.headers.get('cache-control')).toMatch(/\bs-maxage=\d+/)
    const filtered = await fetch(`${baseURL()}/organizations?kind=company`)
    expect(filtered.status).toBe(200)
    expect(filtered.headers.get('cache-control')).not.toMatch(/s-maxage/)
    await page.goto(`${baseURL()}/organizations?kind=company`)
    expect(await names()).toEqual(['Harbor Health Partners', 'Northwind Analytics'])
    expect(new URL(page.url()).pathname).toBe('/organizations')
    // The route that renders filtered lists is not a second address for them.
    const internal = await fetch(`${baseURL()}/filtered/organizations?kind=company`, { redirect: 'manual' })
    expect(internal.status).toBe(308)
    expect(new URL(internal.headers.get('location')!, baseURL()).href).toBe(`${baseURL()}/organizations?kind=company`)
  })

  it('filters by kind and searches by name, keeping the choices in the address', async () => {
    await page.getByLabel('Kind').selectOption('career-center')
    await page.getByRole('button', { name: 'Show organisations' }).click()
    await page.waitForURL('**/organizations?q=&kind=career-center')
    expect(await names()).toEqual(['Lakeside University Career Center'])

    await page.goto(`${baseURL()}/organizations?q=north`)
    expect(await names()).toEqual(['Northwind Analytics'])
    expect(await page.getByLabel('Name').inputValue()).toBe('north')
  })

  it('explains an empty result and offers the way back', async () => {
    await page.goto(`${baseURL()}/organizations?q=no-such-organisation`)
    expect(await page.getByTestId('result-count').textContent()).toBe('0 organisations matching “no-such-organisation”')
    expect(await page.locator('.notice').textContent()).toContain('No organisation matches these choices.')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('shows a company’s profile with its groups, inclusion evidence and people, and no plan details', async () => {
    await page.goto(`${baseURL()}/organizations/northwind-analytics`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Northwind Analytics')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('Northwind Pride')
    expect(main).toContain('Non-discrimination policy')
    expect(await page.getByTestId('affiliated-mentors').textContent()).toContain('Kiran Shah (Connector)')
    expect(main).not.toMatch(/partner tier|renewal|connector@example\.org/i)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('answers an unknown organisation with the not-found page', async () => {
    const response = await page.goto(`${baseURL()}/organizations/no-such-organisation`)
    expect(response?.status()).toBe(404)
  })
})
