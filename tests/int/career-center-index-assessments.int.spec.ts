import { APIError, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access'
import { centreAssessments, saveAssessment, yearOverYear } from '@/career-center-index/assessments'
import { currentQuestionnaire } from '@/career-center-index/current'
import { defaultQuestionnaire } from '@/career-center-index/questionnaire'
import { scoreAssessment, type IndexAnswer, type IndexAnswers, type IndexQuestionnaire } from '@/career-center-index/scoring'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { IndexAssessment, User } from '../../payload-types'

/*
 * A Career Center takes the Career Center Index once a year. Everything goes through the local API
 * with `overrideAccess: false` and the acting user, or through saveAssessment / centreAssessments,
 * which is the path the /account/index-assessment page takes. Each story gets a centre of its own,
 * since a centre has one assessment per year.
 */

let payload: Payload
let admin: User
let serial = 0

const allQuestions = defaultQuestionnaire.factors.flatMap((factor) => factor.questions)

/** The same answer to every question of `questionnaire`. */
const everyAnswer = (answer: IndexAnswer, questionnaire: IndexQuestionnaire = defaultQuestionnaire): IndexAnswers =>
  Object.fromEntries(questionnaire.factors.flatMap((factor) => factor.questions).map((question) => [question.key, answer]))

/** A Career Center with one staff member. */
async function careerCenter() {
  serial += 1
  const centre = await payload.create({
    collection: 'organizations',
    data: { name: `Career Center ${serial}`, kind: 'career-center', slug: '' },
    overrideAccess: true,
  })
  const staff = await createUser(payload, ['career-center-staff'], { organization: centre.id, organizationRole: 'staff' })
  return { centre, staff }
}

/** What the page's form does: save the answers, then submit them. */
async function submitOnThePage(staff: User, answers: IndexAnswers) {
  const saved = await saveAssessment(payload, staff, answers, false)
  expect(saved).toEqual({ ok: true, submitted: false })
  return saveAssessment(payload, staff, answers, true)
}

/** The current assessment as the staff member's page sees it. */
async function currentAssessmentOf(staff: User): Promise<IndexAssessment> {
  const { current } = await centreAssessments(payload, staff)
  if (!current) throw new Error('the centre has no assessment this year')
  return current
}

/** The error an API call was refused with. */
async function refusalOf(attempt: Promise<unknown>): Promise<APIError> {
  const error = await attempt.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error, 'expected a refusal with an APIError').toBeInstanceOf(APIError)
  return error as APIError
}

const storedAssessment = (id: number) => payload.findByID({ collection: 'index-assessments', id, depth: 0, overrideAccess: true })

const organizationAs = (id: number, user: User | undefined) => payload.findByID({ collection: 'organizations', id, depth: 0, user, overrideAccess: false })

describe('Career Center Index self-assessments', () => {
  beforeAll(async () => {
    payload = await startTestPayload()
    admin = await createUser(payload, ['admin'])
  })
  afterAll(() => stopTestPayload(payload))

  describe('starting an assessment', () => {
    it('belongs to the staff member’s own centre, whatever organisation they send', async () => {
      const { centre, staff } = await careerCenter()
      const { centre: otherCentre } = await careerCenter()

      const assessment = await payload.create({
        collection: 'index-assessments',
        data: { organization: otherCentre.id, status: 'draft' },
        user: staff,
        overrideAccess: false,
        depth: 0,
      })

      expect(idOf(assessment.organization)).toBe(centre.id)
      expect(assessment.status).toBe('draft')
    })

    it('takes the current questionnaire’s year and a copy of the questionnaire', async () => {
      const { centre, staff } = await careerCenter()
      const questionnaire = await currentQuestionnaire(payload)

      const assessment = await payload.create({
        collection: 'index-assessments',
        data: { organization: centre.id, status: 'draft' },
        user: staff,
        overrideAccess: false,
        depth: 0,
      })

      expect(assessment.year).toBe(questionnaire.year)
      expect(assessment.year).toBe(2026)
      expect(assessment.questionnaire).toEqual(questionnaire)
    })

    it('is refused to a company’s representative', async () => {
      const company = await payload.create({ collection: 'organizations', data: { name: 'Acme Ltd', kind: 'company', slug: '' }, overrideAccess: true })
      const representative = await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'representative' })

      const refusal = await refusalOf(
        payload.create({ collection: 'index-assessments', data: { organization: company.id, status: 'draft' }, user: representative, overrideAccess: false }),
      )

      expect(refusal.status).toBe(403)
      const { totalDocs } = await payload.count({ collection: 'index-assessments', where: { organization: { equals: company.id } } })
      expect(totalDocs).toBe(0)
    })

    it('refuses a second assessment for the same year and says to continue the existing one', async () => {
      const { centre, staff } = await careerCenter()
      await payload.create({ collection: 'index-assessments', data: { organization: centre.id, status: 'draft' }, user: staff, overrideAccess: false })

      const refusal = await refusalOf(
        payload.create({ collection: 'index-assessments', data: { organization: centre.id, status: 'draft' }, user: staff, overrideAccess: false }),
      )

      expect(refusal.status).toBe(400)
      expect(refusal.message).toBe(`${centre.name} already has an assessment for 2026: continue that one.`)
      const { totalDocs } = await payload.count({ collection: 'index-assessments', where: { organization: { equals: centre.id } } })
      expect(totalDocs).toBe(1)
    })
  })

  describe('saving answers', () => {
    const kept: IndexAnswers = {
      'policies-nondiscrimination': 'yes',
      'policies-published': 'partly',
      'staff-training-all-staff': 'no',
    }

    it('stores the answers given, dropping unknown questions and invalid answers', async () => {
      const { staff } = await careerCenter()
      const sent = { ...kept, 'a-question-nobody-asked': 'yes', 'forms-pronouns': 'maybe', 'events-co-organised': '' }

      expect(await saveAssessment(payload, staff, sent as IndexAnswers, false)).toEqual({ ok: true, submitted: false })

      const assessment = await currentAssessmentOf(staff)
      expect(assessment.status).toBe('draft')
      expect(assessment.answers).toEqual(kept)
    })

    it('stores the rating, factor ratings and recommendations the server computes', async () => {
      const { staff } = await careerCenter()
      await saveAssessment(payload, staff, kept, false)

      const score = scoreAssessment(defaultQuestionnaire, kept)
      expect(await currentAssessmentOf(staff)).toMatchObject({
        overall: score.overall,
        factorScores: score.factors,
        recommendations: score.recommendations,
      })
      expect(score.recommendations).toHaveLength(allQuestions.length - 1)
    })

    it('ignores a score, year or submission date sent by the client', async () => {
      const { staff } = await careerCenter()
      await saveAssessment(payload, staff, kept, false)
      const { id } = await currentAssessmentOf(staff)

      const updated = await payload.update({
        collection: 'index-assessments',
        id,
        data: {
          answers: kept,
          overall: 5,
          factorScores: [],
          recommendations: [],
          year: 2020,
          submittedAt: '2026-01-01T00:00:00.000Z',
        },
        user: staff,
        overrideAccess: false,
        depth: 0,
      })

      const score = scoreAssessment(defaultQuestionnaire, kept)
      expect(score.overall).not.toBe(5)
      expect(updated).toMatchObject({ overall: score.overall, factorScores: score.factors, recommendations: score.recommendations, year: 2026 })
      expect(updated.submittedAt ?? null).toBeNull()
      expect(await storedAssessment(id)).toMatchObject({ overall: score.overall, year: 2026, status: 'draft' })
    })
  })

  describe('submitting', () => {
    it('is refused while questions are open, says how many, and keeps the answers given', async () => {
      const { staff } = await careerCenter()
      const partial: IndexAnswers = { 'policies-nondiscrimination': 'yes', 'forms-chosen-name': 'partly', 'events-lgbtq-programming': 'no' }
      const open = allQuestions.length - 3

      const result = await submitOnThePage(staff, partial)

      expect(result).toEqual({
        ok: false,
        error: `Answer every question before submitting: ${open} are still open, starting with “${allQuestions[1].text}”`,
      })
      const assessment = await currentAssessmentOf(staff)
      expect(assessment.status).toBe('draft')
      expect(assessment.answers).toEqual(partial)
      expect(assessment.submittedAt ?? null).toBeNull()
    })

    it('is refused with a 400 through the API too', async () => {
      const { staff } = await careerCenter()
      await saveAssessment(payload, staff, { 'policies-nondiscrimination': 'yes' }, false)
      const { id } = await currentAssessmentOf(staff)

      const refusal = await refusalOf(
        payload.update({ collection: 'index-assessments', id, data: { status: 'submitted' }, user: staff, overrideAccess: false }),
      )

      expect(refusal.status).toBe(400)
      expect(refusal.message).toContain(`${allQuestions.length - 1} are still open`)
      expect(await storedAssessment(id)).toMatchObject({ status: 'draft', answers: { 'policies-nondiscrimination': 'yes' } })
    })

    it('records who submitted a complete assessment, when, and its score', async () => {
      const { staff } = await careerCenter()
      const answers = everyAnswer('partly')
      const before = Date.now()

      expect(await submitOnThePage(staff, answers)).toEqual({ ok: true, submitted: true })

      const assessment = await currentAssessmentOf(staff)
      expect(assessment.status).toBe('submitted')
      expect(idOf(assessment.submittedBy)).toBe(staff.id)
      const submittedAt = new Date(assessment.submittedAt ?? '').getTime()
      expect(submittedAt).toBeGreaterThanOrEqual(before - 1000)
      expect(submittedAt).toBeLessThanOrEqual(Date.now() + 1000)
      expect(assessment.overall).toBe(3)
      expect(assessment.overall).toBe(scoreAssessment(defaultQuestionnaire, answers).overall)
      expect(assessment.recommendations).toHaveLength(allQuestions.length)
    })

    it('locks the assessment for the centre’s staff, with a message saying why', async () => {
      const { staff } = await careerCenter()
      await submitOnThePage(staff, everyAnswer('partly'))
      const { id } = await currentAssessmentOf(staff)

      const refusal = await refusalOf(
        payload.update({ collection: 'index-assessments', id, data: { answers: everyAnswer('yes') }, user: staff, overrideAccess: false }),
      )

      expect(refusal.status).toBe(403)
      expect(refusal.message).toMatch(/^This assessment was submitted on \d{1,2} \w+ \d{4} and can no longer be changed\.$/)
      expect(await saveAssessment(payload, staff, everyAnswer('yes'), false)).toEqual({ ok: false, error: refusal.message })
      expect(await storedAssessment(id)).toMatchObject({ status: 'submitted', answers: everyAnswer('partly'), overall: 3 })
    })

    it('can still be corrected by an admin, who gets a recomputed score', async () => {
      const { staff } = await careerCenter()
      await submitOnThePage(staff, everyAnswer('partly'))
      const submitted = await currentAssessmentOf(staff)

      const corrected = await payload.update({
        collection: 'index-assessments',
        id: submitted.id,
        data: { answers: everyAnswer('yes') },
        user: admin,
        overrideAccess: false,
        depth: 0,
      })

      expect(corrected).toMatchObject({ status: 'submitted', answers: everyAnswer('yes'), overall: 5, submittedAt: submitted.submittedAt })
      expect(corrected.recommendations).toEqual([])
    })
  })

  describe('the centre’s Index badge', () => {
    it('carries the submitted rating, hidden from the public and other centres until the centre shows it', async () => {
      const { centre, staff } = await careerCenter()
      const { staff: otherCentreStaff } = await careerCenter()
      await submitOnThePage(staff, everyAnswer('partly'))

      const stored = await payload.findByID({ collection: 'organizations', id: centre.id, depth: 0, overrideAccess: true })
      expect(stored.indexBadge).toEqual({ year: 2026, rating: 3 })
      expect(stored.showIndexBadge).toBe(false)

      expect(await organizationAs(centre.id, undefined)).not.toHaveProperty('indexBadge')
      expect(await organizationAs(centre.id, otherCentreStaff)).not.toHaveProperty('indexBadge')
      expect((await organizationAs(centre.id, staff)).indexBadge).toEqual({ year: 2026, rating: 3 })

      await payload.update({ collection: 'organizations', id: centre.id, data: { showIndexBadge: true }, user: staff, overrideAccess: false })

      expect((await organizationAs(centre.id, undefined)).indexBadge).toEqual({ year: 2026, rating: 3 })
      expect((await organizationAs(centre.id, otherCentreStaff)).indexBadge).toEqual({ year: 2026, rating: 3 })
    })

    it('follows an admin’s correction of the submitted assessment', async () => {
      const { centre, staff } = await careerCenter()
      await submitOnThePage(staff, everyAnswer('partly'))
      const { id } = await currentAssessmentOf(staff)

      await payload.update({ collection: 'index-assessments', id, data: { answers: everyAnswer('yes') }, user: admin, overrideAccess: false })

      const stored = await payload.findByID({ collection: 'organizations', id: centre.id, depth: 0, overrideAccess: true })
      expect(stored.indexBadge).toEqual({ year: 2026, rating: 5 })
    })

    it('is not set by a draft', async () => {
      const { centre, staff } = await careerCenter()
      await saveAssessment(payload, staff, everyAnswer('yes'), false)

      const stored = await payload.findByID({ collection: 'organizations', id: centre.id, depth: 0, overrideAccess: true })
      expect(stored.indexBadge?.rating ?? null).toBeNull()
    })
  })

  describe('another centre’s staff', () => {
    it('can neither read nor update this centre’s assessment', async () => {
      const { centre, staff } = await careerCenter()
      const { staff: otherCentreStaff } = await careerCenter()
      await saveAssessment(payload, staff, { 'policies-nondiscrimination': 'yes' }, false)
      const { id } = await currentAssessmentOf(staff)

      await refusalOf(payload.findByID({ collection: 'index-assessments', id, user: otherCentreStaff, overrideAccess: false }))
      await refusalOf(
        payload.update({ collection: 'index-assessments', id, data: { answers: everyAnswer('no') }, user: otherCentreStaff, overrideAccess: false }),
      )

      const { docs } = await payload.find({ collection: 'index-assessments', user: otherCentreStaff, overrideAccess: false, depth: 0, limit: 100 })
      expect(docs.filter((assessment) => idOf(assessment.organization) === centre.id)).toEqual([])
      const filtered = await payload.find({
        collection: 'index-assessments',
        where: { organization: { equals: centre.id } },
        user: otherCentreStaff,
        overrideAccess: false,
      })
      expect(filtered.totalDocs).toBe(0)
      expect(await storedAssessment(id)).toMatchObject({ answers: { 'policies-nondiscrimination': 'yes' } })
    })
  })

  // Last, because it moves the platform's questionnaire on to 2027.
  describe('a new year’s questionnaire', () => {
    /** 2027: "events" becomes "inclusive-events"; every other factor keeps its key. */
    const questionnaire2027: IndexQuestionnaire = {
      year: 2027,
      factors: defaultQuestionnaire.factors.map((factor) =>
        factor.key === 'events' ? { ...factor, key: 'inclusive-events', title: 'Inclusive events' } : factor,
      ),
    }

    it('leaves last year’s assessment as it was, and compares the new year with it factor by factor', async () => {
      const { staff } = await careerCenter()
      expect(await submitOnThePage(staff, everyAnswer('partly'))).toEqual({ ok: true, submitted: true })
      const assessment2026 = await currentAssessmentOf(staff)

      await payload.updateGlobal({ slug: 'index-questionnaire', data: questionnaire2027, user: admin, overrideAccess: false })
      expect(await currentQuestionnaire(payload)).toEqual(questionnaire2027)

      const unchanged = await payload.findByID({ collection: 'index-assessments', id: assessment2026.id, depth: 0, user: staff, overrideAccess: false })
      expect(unchanged.questionnaire).toEqual(defaultQuestionnaire)
      expect(unchanged).toMatchObject({
        year: 2026,
        status: 'submitted',
        overall: 3,
        factorScores: assessment2026.factorScores,
        recommendations: assessment2026.recommendations,
      })

      const beforeStarting = await centreAssessments(payload, staff)
      expect(beforeStarting.questionnaire.year).toBe(2027)
      expect(beforeStarting.current).toBeNull()
      expect(beforeStarting.earlier.map((assessment) => assessment.id)).toEqual([assessment2026.id])

      expect(await submitOnThePage(staff, everyAnswer('yes', questionnaire2027))).toEqual({ ok: true, submitted: true })

      const { current, earlier } = await centreAssessments(payload, staff)
      expect(current).toMatchObject({ year: 2027, status: 'submitted', overall: 5, questionnaire: questionnaire2027 })
      const comparison = yearOverYear(current!, earlier)
      expect(comparison.previousYear).toBe(2026)
      expect(comparison.currentYear).toBe(2027)
      expect(comparison.overall).toEqual({ previous: 3, current: 5, change: 2 })
      expect(comparison.factors.find((factor) => factor.key === 'policies')).toEqual({
        key: 'policies',
        title: 'Policies',
        previous: 3,
        current: 5,
        change: 2,
      })
      expect(comparison.factors.find((factor) => factor.key === 'inclusive-events')).toEqual({
        key: 'inclusive-events',
        title: 'Inclusive events',
        previous: null,
        current: 5,
        change: null,
      })
      expect(comparison.factors.find((factor) => factor.key === 'events')).toEqual({
        key: 'events',
        title: 'Events',
        previous: 3,
        current: null,
        change: null,
      })
      expect(comparison.factors).toHaveLength(defaultQuestionnaire.factors.length + 1)
    })

    it('is refused when it is broken, with a 400 naming the problem', async () => {
      const [policies] = defaultQuestionnaire.factors
      const broken = { year: 2028, factors: [policies, { ...policies, title: 'Policies again' }] }

      const refusal = await refusalOf(payload.updateGlobal({ slug: 'index-questionnaire', data: broken, user: admin, overrideAccess: false }))

      expect(refusal.status).toBe(400)
      expect(refusal.message).toContain('Factor key "policies" is used more than once')
      expect(refusal.message).toContain('Question key "policies-nondiscrimination" is used more than once')
      expect((await currentQuestionnaire(payload)).year).toBe(2027)
    })

    it('is refused with a 400 when a factor has no questions at all', async () => {
      const broken = { year: 2028, factors: [{ key: 'policies', title: 'Policies', weight: 1 }] }

      const refusal = await refusalOf(payload.updateGlobal({ slug: 'index-questionnaire', data: broken, user: admin, overrideAccess: false }))

      expect(refusal.status).toBe(400)
      expect(refusal.message).toContain('Factor "policies" has no questions')
      expect((await currentQuestionnaire(payload)).year).toBe(2027)
    })
  })
})
