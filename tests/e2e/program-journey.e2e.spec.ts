import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'
import { accessibilityViolations, baseURL, joinSite, launchBrowser, openMemberPage, signInToAdmin } from './browser'

/*
 * A mentoring programme from start to end: Lakeside's Career Center staff set one up in /admin
 * with an agreement and a required question; a new student joins, confirms an address at the
 * university's domain from the emailed link, answers and accepts, and waits; staff approve them
 * from the approval queue; the student finds the programme's mentor and sends a request within
 * the programme; staff read the report and download its CSV; the mentor leaves the programme
 * from their account and the mentee is told by email.
 */

const stamp = Date.now().toString(36)
const programName = `Journey Mentors ${stamp}`
const programSlug = `journey-mentors-${stamp}`
const domain = `students-${stamp}.lakeside.test`
const question = 'Which field would you like to work in?'
const agreementTitle = `Journey Code ${stamp}`
const staff = { email: 'staff@example.org', password: 'demo-staff-2026' }
const student = { email: `kit-${stamp}@example.test`, password: 'a student passphrase of mine', name: `Kit ${stamp}` }
const institutionEmail = `kit.${stamp}@${domain}`
const mentor = { email: `noor-${stamp}@example.test`, password: 'a mentor passphrase of mine', name: `Noor ${stamp}` }

const mail = (address: string, subject?: string) => waitForSavedEmail(inject('mailDir'), address, 30_000, subject)

/** Picks an option of one of Payload's selects (react-select), found by the field's id. */
async function choose(page: Page, fieldId: string, option: string) {
  await page.locator(`#${fieldId}`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function saved(page: Page) {
  await page
    .getByText(/successfully/i)
    .first()
    .waitFor({ timeout: 30_000 })
}

describe('a Career Center runs a mentoring programme: set-up, joining, approval, a request, the report and a mentor leaving', () => {
  let browser: Browser
  let staffPage: Page
  let studentPage: Page
  let mentorPage: Page
  let programId = ''
  let requestPath = ''
  const violations: string[] = []
  const check = async (page: Page) => violations.push(...(await accessibilityViolations(page)))

  beforeAll(async () => {
    browser = await launchBrowser()
    staffPage = await (await browser.newContext({ acceptDownloads: true })).newPage()
    studentPage = await (await browser.newContext()).newPage()
    mentorPage = await (await browser.newContext()).newPage()
  })
  afterAll(() => browser?.close())

  it('staff create an open programme in /admin: mentees confirm an address at the university and are approved, with a required question', async () => {
    await signInToAdmin(staffPage, staff.email, staff.password)
    await staffPage.goto(`${baseURL()}/admin/collections/programs/create`)
    await staffPage.locator('#field-name').fill(programName)
    await staffPage.locator('#field-slug').fill(programSlug)
    await staffPage.locator('#field-summary').fill('Students and recent graduates meet alumni who work in the field they want to enter.')
    await staffPage.locator('#field-contactEmail').fill('careers@lakeside.test')
    await choose(staffPage, 'field-status', 'Open for joining')
    // Payload draws a form's fields as they scroll into view.
    await staffPage.locator('#field-menteeRules').scrollIntoViewIfNeeded()
    const domains = staffPage.locator('#field-menteeRules .rs__input').first()
    await domains.click()
    await domains.fill(domain)
    await domains.press('Enter')
    await staffPage.locator('#field-menteeRules__requireApproval').check()
    await staffPage.locator('#field-questions').scrollIntoViewIfNeeded()
    // Payload adds the row once the server has built its fields; a click the form was not yet ready for is made again.
    const addQuestion = staffPage.getByRole('button', { name: 'Add Question' })
    await addQuestion.click()
    if (
      !(await staffPage
        .locator('#questions-row-0')
        .waitFor({ timeout: 10_000 })
        .then(
          () => true,
          () => false,
        ))
    )
      await addQuestion.click()
    await staffPage.locator('#questions-row-0').scrollIntoViewIfNeeded()
    await staffPage.locator('#field-questions__0__label').fill(question)
    await staffPage.locator('#field-questions__0__required').check()
    await staffPage.locator('#action-save').click()
    await staffPage.waitForURL(/\/admin\/collections\/programs\/\d+$/, { timeout: 30_000 })
    programId = /\/(\d+)$/.exec(new URL(staffPage.url()).pathname)![1]
  })

  it('staff publish the programme’s agreement for everyone in it', async () => {
    await staffPage.goto(`${baseURL()}/admin/collections/program-agreements/create`)
    await staffPage.locator('#field-title').fill(agreementTitle)
    await staffPage.locator('#field-program').click()
    await staffPage.keyboard.type(programName)
    await staffPage.locator('.rs__option', { hasText: programName }).first().click()
    await staffPage.locator('#field-summary').fill('Be kind, keep what you hear to yourself, and answer within a week.')
    const editor = staffPage.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await editor.pressSequentially('We treat each other with respect and keep what we hear in confidence.')
    await staffPage.locator('#action-save').click()
    await saved(staffPage)
  })

  it('a visitor finds the programme on /programs and reads it, with its agreement and who may join', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}/programs`)
    await check(visitor)
    await visitor.getByRole('link', { name: programName }).first().click()
    await visitor.waitForURL(`**/programs/${programSlug}`)
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(programName)
    expect(await visitor.locator('main').textContent()).toContain(agreementTitle)
    await check(visitor)
    await visitor.close()
  })

  it('a new Mentor joins the site and the programme, which asks mentors for nothing but the agreement', async () => {
    await joinSite(mentorPage, mentor, 'mentor')
    await openMemberPage(mentorPage, `/programs/${programSlug}/join?as=mentor`)
    await mentorPage.getByLabel(new RegExp(`I accept ${agreementTitle}`)).check()
    await mentorPage.getByRole('button', { name: `Join ${programName} as a mentor` }).click()
    await mentorPage.waitForURL(`**/programs/${programSlug}?joined=active`)
  })

  it('a new student joins as a mentee: the institution address, the required answer and the agreement', async () => {
    await joinSite(studentPage, student, 'career-candidate')
    await openMemberPage(studentPage, `/programs/${programSlug}`)
    await studentPage.getByRole('link', { name: 'Join as a mentee' }).click()
    await studentPage.waitForURL(`**/programs/${programSlug}/join?as=mentee`)
    await check(studentPage)

    // Sent without the answer and the agreement, the form says what is missing and keeps the address.
    await studentPage.getByLabel('Your institution address').fill(institutionEmail)
    await studentPage.getByRole('button', { name: `Join ${programName} as a mentee` }).click()
    await studentPage.getByText('Please check the answers marked below.').waitFor()
    expect(await studentPage.getByLabel('Your institution address').inputValue()).toBe(institutionEmail)
    await check(studentPage)

    await studentPage.getByLabel(question).fill('Public health')
    await studentPage.getByLabel(new RegExp(`I accept ${agreementTitle}`)).check()
    await studentPage.getByRole('button', { name: `Join ${programName} as a mentee` }).click()
    await studentPage.waitForURL(`**/programs/${programSlug}?joined=confirming-email`)
  })

  it('the student confirms the institution address from the email it received, and waits for approval', async () => {
    const confirmation = await mail(institutionEmail, `Confirm your address for ${programName}`)
    const link = /http:\/\/\S+\/programs\/confirm\?token=[\w-]+/.exec(confirmation.text)![0]
    await studentPage.goto(link)
    await studentPage.getByRole('button', { name: 'Confirm this address' }).click()
    await studentPage.getByText('Programme staff approve each member; we will email you when they decide.').waitFor()
    await openMemberPage(studentPage, `/programs/${programSlug}`)
    expect(await studentPage.locator('main').textContent()).toContain('programme staff are looking at your place')
  })

  it('staff find the student in the approval queue, see the answer and the confirmed domain but not the address, and need a reason to decline', async () => {
    await staffPage.goto(`${baseURL()}/admin`)
    await staffPage.getByRole('link', { name: `1 person waiting for approval in ${programName}` }).click()
    await staffPage.waitForURL(/\/admin\/collections\/program-memberships\?/)
    await staffPage.getByRole('link', { name: student.name }).click()
    await staffPage.waitForURL(/\/admin\/collections\/program-memberships\/\d+/)
    await staffPage.locator('#field-status').waitFor()
    expect(await staffPage.locator('#field-answers__0__question').inputValue()).toBe(question)
    expect(await staffPage.locator('#field-answers__0__answer').inputValue()).toBe('Public health')
    expect(await staffPage.locator('#field-verifiedDomain').inputValue()).toBe(domain)
    expect(await staffPage.content()).not.toContain(institutionEmail)

    await choose(staffPage, 'field-status', 'Declined')
    await staffPage.locator('#action-save').click()
    await expect.poll(() => staffPage.content(), { timeout: 15_000 }).toContain('Write the reason for declining: the person is told it.')
  })

  it('staff approve the student, who is emailed the way to the programme’s mentors', async () => {
    await staffPage.reload()
    await choose(staffPage, 'field-status', 'Member')
    await staffPage.locator('#action-save').click()
    await saved(staffPage)
    const approved = await mail(student.email, `You are in: ${programName}`)
    expect(approved.text).toContain(`/mentors?program=${programSlug}`)
  })

  it('the student finds the mentor in the programme’s directory and sends a request within the programme', async () => {
    await openMemberPage(studentPage, `/mentors?program=${programSlug}`)
    await studentPage.getByRole('link', { name: mentor.name }).first().click()
    await studentPage.getByRole('button', { name: 'Send my request' }).waitFor()
    await studentPage.getByLabel(`Send within ${programName}`).check()
    await studentPage.getByLabel('What would you like help with?').selectOption({ index: 1 })
    await studentPage.getByLabel(`Your message to ${mentor.name}`).fill(`I would like to hear how you started in public health (${stamp}).`)
    await studentPage.getByRole('button', { name: 'Send my request' }).click()
    await studentPage.waitForURL(/\/account\/requests\/\d+\?sent=1/)
    requestPath = new URL(studentPage.url()).pathname
    await mail(mentor.email, `${student.name} asked you for mentoring`)
  })

  it('the mentor accepts the request', async () => {
    await openMemberPage(mentorPage, requestPath)
    await mentorPage.getByLabel(`A note to ${student.name}`).fill('Happy to. Let us meet next week.')
    await mentorPage.getByRole('button', { name: 'Accept' }).click()
    await mentorPage.waitForURL(/answered=accept/)
  })

  it('staff open the programme’s report and download the requests as CSV', async () => {
    await staffPage.goto(`${baseURL()}/admin/program-reports/${programId}`)
    expect(await staffPage.getByRole('heading', { level: 1 }).textContent()).toBe(`Report: ${programName}`)
    const [download] = await Promise.all([staffPage.waitForEvent('download'), staffPage.getByRole('link', { name: 'Download CSV of requests' }).click()])
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv.split('\n')[0]).toMatch(/sent/i)
    expect(csv).not.toContain(String(stamp))
    expect(csv).not.toContain(student.email)
  })

  it('the mentor leaves the programme from their account, and the mentee is told by email', async () => {
    await openMemberPage(mentorPage, '/account/programs')
    expect(await mentorPage.getByRole('heading', { level: 1 }).textContent()).toBe('Your programmes')
    await check(mentorPage)
    await mentorPage.getByText('Leave this programme').click()
    await mentorPage.getByLabel('A note to your mentees').fill('I am moving abroad; it was a joy to talk with you.')
    await mentorPage.getByLabel(new RegExp(`Yes, I am leaving ${programName}`)).check()
    await mentorPage.getByRole('button', { name: `Leave ${programName}` }).click()
    await mentorPage.waitForURL(/\/account\/programs\?left=/)
    const told = await mail(student.email, `${mentor.name} is leaving ${programName}`)
    expect(told.text).toContain('I am moving abroad; it was a joy to talk with you.')
    expect(told.text).not.toContain(mentor.email)
  })

  it('the student’s programmes page shows the programme', async () => {
    await openMemberPage(studentPage, '/account/programs')
    expect(await studentPage.locator('main').textContent()).toContain(programName)
    await check(studentPage)
  })

  it('has no accessibility violations on the programme pages', () => {
    expect(violations).toEqual([])
  })
})
