import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, signInToAdmin } from './browser'

/*
 * Lakeside's Career Center staff share an interview guide with a PDF in /admin; a visitor finds
 * it on /resources by topic and downloads the file. A file that only pretends to be a PDF is
 * refused with the reason.
 */

const stamp = Date.now().toString(36)
const title = `Interview questions about your name ${stamp}`
const slug = `interview-questions-${stamp}`
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-resource-'))
const pdfPath = path.join(files, 'interview-guide.pdf')
const fakePath = path.join(files, 'not-really.pdf')
fs.writeFileSync(
  pdfPath,
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% guide ${stamp}\nxref\n0 2\ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`,
)
fs.writeFileSync(fakePath, '<html><script>alert(1)</script></html>')

async function fillResource(page: Page, file: string) {
  await page.goto(`${baseURL()}/admin/collections/resources/create`)
  await page.locator('#field-title').waitFor()
  await page.locator('input[type="file"]').setInputFiles(file)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-slug').fill(slug)
  await page.locator('#field-category').click()
  await page.locator('.rs__option', { hasText: 'Interviews' }).click()
  await page.locator('#field-summary').fill('How to answer, or decline to answer, questions about your name and pronouns.')
}

describe('a visitor finds a Career Center’s resource and downloads its PDF', () => {
  let browser: Browser
  let staff: Page
  let visitor: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    staff = await (await browser.newContext()).newPage()
    visitor = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('refuses a file that is not a PDF, whatever its name', async () => {
    await signInToAdmin(staff, 'staff@example.org', 'demo-staff-2026')
    await fillResource(staff, fakePath)
    await staff.locator('#action-save').click()
    const toast = staff.locator('.payload-toast-item').first()
    await toast.waitFor()
    expect(await toast.textContent()).toMatch(/must be a PDF|not allowed|invalid/i)
    expect(new URL(staff.url()).pathname).toBe('/admin/collections/resources/create')
  })

  it('lets Career Center staff publish a resource with a PDF in /admin', async () => {
    await fillResource(staff, pdfPath)
    await staff.locator('#action-save').click()
    await staff.waitForURL(/\/admin\/collections\/resources\/\d+$/, { timeout: 30_000 })
    await staff.getByText('Published', { exact: true }).first().waitFor()
  })

  it('shows it on /resources under its topic, and downloads the PDF from its page', async () => {
    await visitor.goto(`${baseURL()}/resources`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Resources')
    expect(await accessibilityViolations(visitor)).toEqual([])

    await visitor.getByLabel('Topic').selectOption('interviews')
    await visitor.getByRole('button', { name: 'Show resources' }).click()
    await visitor.waitForURL('**/resources?*category=interviews*')
    const titles = await visitor.locator('.card-grid h2').allTextContents()
    expect(titles).toContain(title)
    expect(titles).not.toContain('Your rights at work')
    const card = visitor.locator('.card-grid li', { has: visitor.getByRole('link', { name: title }) })
    expect(await card.textContent()).toContain('Interviews · From Lakeside University Career Center · PDF')

    await visitor.getByRole('link', { name: title }).click()
    await visitor.waitForURL(`**/resources/${slug}`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    const href = await visitor.getByTestId('resource-file').getAttribute('href')
    const file = await fetch(new URL(href!, baseURL()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect(await accessibilityViolations(visitor)).toEqual([])

    await visitor.goto(`${baseURL()}/resources?q=no-such-guide`)
    expect(await visitor.locator('.notice').textContent()).toContain('No resource matches these choices.')
    expect(await accessibilityViolations(visitor)).toEqual([])
  })
})
