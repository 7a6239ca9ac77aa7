import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToAdmin, signInToSite } from './browser'

/*
 * Sam, a Career Candidate, uploads a résumé and releases it to Northwind only. Northwind's
 * representative finds it in /admin and downloads it; Harbor Health, whose plan has lapsed, sees
 * nothing; Sam sees Northwind's download, then takes the résumé back.
 */

const stamp = Date.now().toString(36)
const headline = `Data science student, graduating 2027 (${stamp})`
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-resume-'))
const pdfPath = path.join(files, 'Sam_Student_resume.pdf')
const fakePath = path.join(files, 'resume.pdf')
fs.writeFileSync(
  pdfPath,
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% résumé ${stamp}\nxref\n0 2\ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`,
)
fs.writeFileSync(fakePath, 'PK\u0003\u0004 this is a word-processor file with a PDF name')

/** Fetches a same-origin address inside the page, with the page's session, as a click would. */
async function fetchInPage(page: Page, address: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' })
    const bytes = new Uint8Array(await response.arrayBuffer())
    return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) }
  }, address)
}

async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

describe('a student shares a résumé with one company', () => {
  let browser: Browser
  let student: Page
  let company: Page
  let fileAddress = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    student = await (await browser.newContext()).newPage()
    company = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('lets the student upload a PDF and release it to the companies they choose, with errors beside the fields', async () => {
    await signInToSite(student, 'student@example.org', 'demo-student-2026')
    await openMemberPage(student, '/account')
    await student.getByRole('link', { name: 'Your résumé' }).click()
    await student.waitForURL('**/account/resume')
    expect(await student.locator('.notice').textContent()).toContain('You have not uploaded a résumé')
    expect(await accessibilityViolations(student)).toEqual([])

    // A file named .pdf that is not one, and "chosen companies" with none chosen.
    await student.getByLabel('Your résumé (PDF, at most 5 MB)').setInputFiles(fakePath)
    await student.getByLabel('Headline companies see').fill(headline)
    await student.getByLabel('Only the companies I choose').check()
    await student.getByRole('button', { name: 'Upload my résumé' }).click()
    await student.locator('#chosenCompanies-error').waitFor()
    expect(await student.locator('#chosenCompanies-error').textContent()).toBe('Choose at least one company, or pick another option.')

    await student.getByLabel('Northwind Analytics').check()
    await student.getByLabel('Your résumé (PDF, at most 5 MB)').setInputFiles(fakePath)
    await student.getByRole('button', { name: 'Upload my résumé' }).click()
    await student.locator('#file-error').waitFor()
    expect(await student.locator('#file-error').textContent()).toContain('must be a PDF')
    expect(await student.getByLabel('Headline companies see').inputValue()).toBe(headline)
    expect(await accessibilityViolations(student)).toEqual([])

    await student.getByLabel('Your résumé (PDF, at most 5 MB)').setInputFiles(pdfPath)
    await student.getByRole('button', { name: 'Upload my résumé' }).click()
    await student.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    // At once, without a reload: the saved résumé, and no word of there being none.
    await expect.poll(() => student.locator('#current + p').textContent()).toContain(headline)
    expect(await student.locator('main').textContent()).not.toMatch(/You have not uploaded a résumé|Upload your résumé/)
    expect(await student.getByRole('heading', { name: 'Change your résumé or who may download it' }).count()).toBe(1)
    await student.reload()
    expect(await student.locator('#current + p').textContent()).toContain(headline)
    expect(await student.locator('main').textContent()).toContain('Who may download it: Only the companies I choose.')
    expect(await student.locator('main').textContent()).toContain('Nobody has downloaded your résumé yet.')
    const ownLink = await student.getByRole('link', { name: 'Download your résumé (PDF)' }).getAttribute('href')
    fileAddress = new URL(ownLink!, baseURL()).pathname
    expect(fileAddress).toMatch(/^\/api\/resumes\/file\/[0-9a-f-]{36}\.pdf$/)
    expect(await fetchInPage(student, fileAddress)).toMatchObject({ status: 200, type: 'application/pdf', head: '%PDF-' })
    expect(await accessibilityViolations(student)).toEqual([])
  })

  it('lets the chosen company find it in /admin and download it, without learning who the student is', async () => {
    await signInToAdmin(company, 'company@example.org', 'demo-company-2026')
    await company.goto(`${baseURL()}/admin/collections/resumes`)
    await company.getByRole('link', { name: headline }).click()
    await company.waitForURL(/\/admin\/collections\/resumes\/\d+/)
    const edit = (await company.locator('main, .collection-edit').first().textContent()) ?? ''
    expect(edit).not.toMatch(/Sam Ellison|student@example\.org|she\/they/)
    expect(await fetchInPage(company, fileAddress)).toMatchObject({ status: 200, type: 'application/pdf', head: '%PDF-' })

    // The résumé's page has a download button; the file is named from the headline, never "resume.pdf" nor the student's name.
    const [download] = await Promise.all([company.waitForEvent('download'), company.getByRole('link', { name: /^Download résumé \(PDF/ }).click()])
    expect(download.suggestedFilename()).toBe(`data-science-student-graduating-2027-${stamp}-resume.pdf`)
    expect(fs.readFileSync((await download.path())!, 'latin1').startsWith('%PDF-')).toBe(true)

    const token = await apiToken('company@example.org', 'demo-company-2026')
    const listed = await fetch(`${baseURL()}/api/resumes?depth=2`, { headers: { Authorization: `JWT ${token}` } })
    const body = await listed.text()
    expect(body).toContain(headline)
    expect(body).not.toMatch(/student@example\.org|Sam Ellison|"owner"|"release"/)
  })

  it('shows a company whose plan lapsed nothing, and refuses it the file', async () => {
    const token = await apiToken('harbor@example.org', 'demo-harbor-2026')
    const listed = (await (await fetch(`${baseURL()}/api/resumes`, { headers: { Authorization: `JWT ${token}` } })).json()) as { totalDocs: number }
    expect(listed.totalDocs).toBe(0)
    const file = await fetch(`${baseURL()}${fileAddress}`, { headers: { Authorization: `JWT ${token}` } })
    expect(file.status).toBe(403)
    expect((await fetch(`${baseURL()}${fileAddress}`)).status).toBe(403)
  })

  it('shows the student who downloaded it, and closes it again when they choose nobody', async () => {
    await openMemberPage(student, '/account/resume')
    expect(await student.getByTestId('resume-downloads').textContent()).toContain('Northwind Analytics')

    await student.getByLabel('Nobody: only me').check()
    await student.getByRole('button', { name: 'Save changes' }).click()
    await student.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    expect((await fetchInPage(company, fileAddress)).status).toBe(403)

    await student.getByRole('button', { name: 'Delete my résumé' }).click()
    await student.waitForURL('**/account/resume?removed=1')
    expect(await student.locator('.notice').textContent()).toContain('You have not uploaded a résumé')
    expect((await fetchInPage(student, fileAddress)).status).toBe(403)
  })
})
