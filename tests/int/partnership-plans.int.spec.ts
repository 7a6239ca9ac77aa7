import { APIError, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assertActivePlan, planState, planSummary } from '@/organizations/plan'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Organization, User } from '../../payload-types'

/*
 * Companies pay for a Partnership Plan and Career Centers for a membership; platform admins record
 * the payment on the organisation. The rules are pure functions of the plan and today's date, so
 * most stories fix `now`; the last ones read the plan through the API.
 */

const now = new Date('2026-06-15T10:00:00.000Z')

type Plan = Organization['plan'] | null | undefined

const company = (plan: Plan) => ({ name: 'Acme Ltd', kind: 'company' as const, plan })
const careerCentre = (plan: Plan) => ({ name: 'Riverside Career Center', kind: 'career-center' as const, plan })

/** The error assertActivePlan refuses with. */
function refusalOf(check: () => void): APIError {
  try {
    check()
  } catch (error) {
    expect(error).toBeInstanceOf(APIError)
    return error as APIError
  }
  throw new Error('the feature was allowed')
}

describe('partnership plans and memberships', () => {
  describe('whether a plan is active', () => {
    it('is active until its renewal date', () => {
      const acme = company({ status: 'active', startDate: '2026-01-01T12:00:00.000Z', renewalDate: '2027-01-01T12:00:00.000Z' })

      expect(planState(acme, now)).toEqual({ active: true, until: '2027-01-01T12:00:00.000Z' })
      expect(planSummary(acme, now)).toBe('Active until 1 January 2027: jobs, events and résumé downloads are open.')
      expect(() => assertActivePlan(acme, 'post-jobs', now)).not.toThrow()
    })

    it('is active without end when no renewal date is recorded', () => {
      const acme = company({ status: 'active' })

      expect(planState(acme, now)).toEqual({ active: true, until: null })
      expect(planSummary(acme, now)).toBe('Active: jobs, events and résumé downloads are open.')
    })

    it('counts as expired once the renewal date has passed, even if still marked active', () => {
      const acme = company({ status: 'active', startDate: '2025-06-01T12:00:00.000Z', renewalDate: '2026-06-01T12:00:00.000Z' })

      expect(planState(acme, now)).toEqual({ active: false, reason: "Acme Ltd's partnership plan expired on 1 June 2026." })
      expect(planSummary(acme, now)).toBe(
        "Acme Ltd's partnership plan expired on 1 June 2026. Jobs, events and résumé downloads are closed until a platform admin renews it.",
      )
      expect(planState(acme, new Date('2026-05-31T12:00:00.000Z')).active).toBe(true)
    })

    it('is not active yet before its start date', () => {
      const acme = company({ status: 'active', startDate: '2026-07-01T12:00:00.000Z', renewalDate: '2027-07-01T12:00:00.000Z' })

      expect(planState(acme, now)).toEqual({ active: false, reason: "Acme Ltd's partnership plan starts on 1 July 2026." })
      expect(planState(acme, new Date('2026-07-02T12:00:00.000Z')).active).toBe(true)
    })

    it('is not active once an admin marks it expired, with or without a renewal date', () => {
      expect(planState(company({ status: 'expired', renewalDate: '2026-03-31T12:00:00.000Z' }), now)).toEqual({
        active: false,
        reason: "Acme Ltd's partnership plan expired on 31 March 2026.",
      })
      expect(planState(company({ status: 'expired' }), now)).toEqual({ active: false, reason: "Acme Ltd's partnership plan expired." })
    })

    it('is not active once cancelled, even before its renewal date', () => {
      const acme = company({ status: 'cancelled', renewalDate: '2027-01-01T12:00:00.000Z' })

      expect(planState(acme, now)).toEqual({ active: false, reason: "Acme Ltd's partnership plan was cancelled." })
    })

    it('is not active when there is no plan', () => {
      const noPlan = { active: false, reason: 'Acme Ltd has no partnership plan yet.' }

      expect(planState(company(undefined), now)).toEqual(noPlan)
      expect(planState(company(null), now)).toEqual(noPlan)
      expect(planState(company({ status: 'none' }), now)).toEqual(noPlan)
      expect(planSummary(company(undefined), now)).toBe(
        'Acme Ltd has no partnership plan yet. Jobs, events and résumé downloads are closed until a platform admin renews it.',
      )
    })
  })

  describe('wording', () => {
    it('calls a Career Center’s plan a membership, covering events and resources', () => {
      expect(planSummary(careerCentre({ status: 'active', renewalDate: '2027-01-01T12:00:00.000Z' }), now)).toBe(
        'Active until 1 January 2027: events and resources are open.',
      )
      expect(planSummary(careerCentre({ status: 'cancelled' }), now)).toBe(
        "Riverside Career Center's membership was cancelled. Events and resources are closed until a platform admin renews it.",
      )
      expect(planState(careerCentre(undefined), now)).toEqual({ active: false, reason: 'Riverside Career Center has no membership yet.' })
    })

    it('calls a company’s plan a partnership plan', () => {
      expect(planSummary(company({ status: 'expired' }), now)).toMatch(/^Acme Ltd's partnership plan expired\./)
      expect(planSummary(company({ status: 'expired' }), now)).not.toContain('membership')
    })
  })

  describe('refusing a paid feature', () => {
    it('refuses with a 403 that names the feature, says why and asks for a renewal', () => {
      const refusal = refusalOf(() => assertActivePlan(company({ status: 'cancelled' }), 'post-jobs', now))

      expect(refusal.status).toBe(403)
      expect(refusal.message).toBe(
        "Posting jobs and internships needs an active partnership plan. Acme Ltd's partnership plan was cancelled. Ask a platform admin to renew it.",
      )
    })

    it('names each feature, and a Career Center’s membership', () => {
      const expired = careerCentre({ status: 'active', renewalDate: '2026-06-01T12:00:00.000Z' })

      expect(refusalOf(() => assertActivePlan(expired, 'host-resources', now)).message).toBe(
        "Hosting resources needs an active membership. Riverside Career Center's membership expired on 1 June 2026. Ask a platform admin to renew it.",
      )
      expect(refusalOf(() => assertActivePlan(expired, 'post-events', now)).message).toMatch(/^Posting events needs an active membership\./)
      expect(refusalOf(() => assertActivePlan(company(undefined), 'download-resumes', now)).message).toMatch(
        /^Downloading résumés needs an active partnership plan\. Acme Ltd has no partnership plan yet\. Ask a platform admin to renew it\.$/,
      )
    })
  })

  describe('through the API', () => {
    let payload: Payload

    beforeAll(async () => {
      payload = await startTestPayload()
    })
    afterAll(() => stopTestPayload(payload))

    const createCompany = (name: string, plan: Organization['plan']) =>
      payload.create({ collection: 'organizations', data: { name, kind: 'company', slug: '', plan }, overrideAccess: true })

    const readAs = (id: number, user: User | undefined) => payload.findByID({ collection: 'organizations', id, depth: 0, user, overrideAccess: false })

    it('shows the plan’s summary to the organisation’s own staff and to admins, not to anonymous visitors', async () => {
      const acme = await createCompany('Acme Ltd', { status: 'active', tier: 'partner', renewalDate: '2099-01-01T12:00:00.000Z' })
      const representative = await createUser(payload, ['company-representative'], { organization: acme.id, organizationRole: 'representative' })
      const admin = await createUser(payload, ['admin'])
      const summary = 'Active until 1 January 2099: jobs, events and résumé downloads are open.'

      expect((await readAs(acme.id, representative)).plan?.summary).toBe(summary)
      expect((await readAs(acme.id, admin)).plan?.summary).toBe(summary)
      expect(await readAs(acme.id, undefined)).not.toHaveProperty('plan')
    })

    it('keeps a staff member from activating their own organisation’s plan', async () => {
      const lapsed = await createCompany('Lapsed Ltd', { status: 'expired', renewalDate: '2026-03-31T12:00:00.000Z' })
      const staff = await createUser(payload, ['company-representative'], { organization: lapsed.id, organizationRole: 'staff' })

      await payload.update({
        collection: 'organizations',
        id: lapsed.id,
        data: { plan: { status: 'active', renewalDate: '2099-01-01T12:00:00.000Z' } },
        user: staff,
        overrideAccess: false,
      })

      const stored = await payload.findByID({ collection: 'organizations', id: lapsed.id, depth: 0, overrideAccess: true })
      expect(stored.plan).toMatchObject({ status: 'expired', renewalDate: '2026-03-31T12:00:00.000Z' })
      expect((await readAs(lapsed.id, staff)).plan?.summary).toBe(
        "Lapsed Ltd's partnership plan expired on 31 March 2026. Jobs, events and résumé downloads are closed until a platform admin renews it.",
      )
    })
  })
})
