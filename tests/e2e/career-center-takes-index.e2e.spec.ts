import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultQuestionnaire } from '@/career-center-index/questionnaire'
import { indexAnswerLabels, scoreAssessment, type IndexAnswer, type IndexAnswers } from '@/career-center-index/scoring'

import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToAdmin } from './browser'

const profilePath = '/organizations/lakeside-university-career-center'

describe('Career Center staff keep their profile and take the Career Center Index', () => {
  let browser: Browser
  let page: Page
  const campus = `North campus ${Date.now()}`
  const questions = defaultQuestionnaire.factors.flatMap((factor) => factor.questions)
  // A realistic mix: most things in place, some partly, a few not yet.
  const answers: IndexAnswers = Object.fromEntries(
    questions.map((question, index) => [question.key, (['yes', 'yes', 'partly', 'no'] as IndexAnswer[])[index % 4]]),
  )
  const expected = scoreAssessment(defaultQuestionnaire, answers)

  const answer = async (keys: string[]) => {
    for (const key of keys) {
      const question = questions.find((candidate) => candidate.key === key)!
      await page.getByRole('group', { name: question.text }).getByLabel(indexAnswerLabels[answers[key]!]).check()
    }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('signs in to the staff area and sees only their own Career Center to edit', async () => {
    await signInToAdmin(page, 'staff@example.org', 'demo-staff-2026')
    await page.goto(`${baseURL()}/admin/collections/organizations`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain('Lakeside University Career Center')
  })

  it('edits the profile in /admin and the public page shows the change', async () => {
    await page.locator('table tbody tr').first().getByRole('link').first().click()
    await page.locator('#field-campus').waitFor()
    await page.locator('#field-campus').fill(campus)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Updated successfully').first().waitFor()

    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}${profilePath}`)
    expect(await visitor.locator('main').textContent()).toContain(campus)
    expect(await visitor.locator('main').textContent()).not.toContain('partnership plan')
    await visitor.close()
  })

  it('answers part of the assessment, saves it and finds the answers again', async () => {
    await openMemberPage(page, '/account/index-assessment')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Career Center Index ${defaultQuestionnaire.year}`)
    expect(await accessibilityViolations(page)).toEqual([])
    const firstFactor = defaultQuestionnaire.factors[0].questions.map((question) => question.key)
    await answer(firstFactor)
    await page.getByRole('button', { name: 'Save and continue later' }).click()
    await page.waitForURL('**/account/index-assessment?saved=1')
    expect(await page.getByRole('status').first().textContent()).toContain('Your answers are saved')

    await page.goto(`${baseURL()}/account/index-assessment`)
    const first = questions[0]
    expect(await page.getByRole('group', { name: first.text }).getByLabel(indexAnswerLabels[answers[first.key]!]).isChecked()).toBe(true)
  })

  it('is told what is still open when submitting too early, without losing answers', async () => {
    await page.getByRole('button', { name: 'Submit the assessment' }).click()
    await page.waitForURL('**/account/index-assessment?incomplete=1')
    const open = questions.length - defaultQuestionnaire.factors[0].questions.length
    expect(await page.locator('.form-error').textContent()).toContain(`${open} questions are still open`)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('submits the complete assessment and sees the rating computed on the server, with recommendations', async () => {
    await answer(questions.map((question) => question.key))
    await page.getByRole('button', { name: 'Submit the assessment' }).click()
    await page.waitForURL('**/account/index-assessment?submitted=1')
    expect(await page.getByTestId('overall-rating').textContent()).toBe(`${expected.overall} out of 5`)
    const recommendations = page.getByRole('region', { name: 'Recommendations' }).getByRole('listitem')
    expect(await recommendations.count()).toBe(expected.recommendations.length)
    expect(await page.getByRole('button', { name: 'Submit the assessment' }).count()).toBe(0)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('shows the rating on the public profile only after the centre opts in', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL()}${profilePath}`)
    expect(await visitor.getByTestId('index-badge').count()).toBe(0)

    await page.goto(`${baseURL()}/admin/collections/organizations`)
    await page.locator('table tbody tr').first().getByRole('link').first().click()
    await page.getByLabel('Show our Career Center Index rating on our public profile').check()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Updated successfully').first().waitFor()

    await visitor.goto(`${baseURL()}${profilePath}`)
    expect(await visitor.getByTestId('index-badge').textContent()).toContain(`rated ${expected.overall} out of 5`)
    expect(await accessibilityViolations(visitor)).toEqual([])
    await visitor.close()
  })
})
