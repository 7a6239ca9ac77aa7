import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isPaused, mentorKindOf, setPaused, switchMentorKind } from '@/accounts/involvement'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('switching between Mentor and Connector', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  it('turns a Mentor into a Connector and back', async () => {
    const mentor = await createUser(payload, ['mentor'])
    const connector = await switchMentorKind(payload, mentor, 'connector')
    expect(connector.roles).toEqual(['connector'])
    expect(mentorKindOf(connector)).toBe('connector')
    expect((await switchMentorKind(payload, connector, 'mentor')).roles).toEqual(['mentor'])
  })

  it('keeps any other role the member has', async () => {
    const staffMentor = await createUser(payload, ['career-center-staff', 'mentor'])
    expect((await switchMentorKind(payload, staffMentor, 'connector')).roles).toEqual(['career-center-staff', 'connector'])
  })

  it('refuses anyone who is neither', async () => {
    const student = await createUser(payload, ['career-candidate'])
    expect(mentorKindOf(student)).toBeNull()
    await expect(switchMentorKind(payload, student, 'mentor')).rejects.toThrow(/Only Mentors and Connectors/)
    expect((await payload.findByID({ collection: 'users', id: student.id })).roles).toEqual(['career-candidate'])
  })

  describe('pausing involvement', () => {
    it('pauses until the member resumes', async () => {
      const mentor = await createUser(payload, ['mentor'])
      expect(await setPaused(payload, mentor, true)).toEqual({ ok: true })
      const paused = await payload.findByID({ collection: 'users', id: mentor.id })
      expect(isPaused(paused)).toBe(true)
      expect(paused.pausedUntil ?? null).toBeNull()

      await setPaused(payload, mentor, false)
      expect(isPaused(await payload.findByID({ collection: 'users', id: mentor.id }))).toBe(false)
    })

    it('ends a dated pause by itself after that day', async () => {
      const connector = await createUser(payload, ['connector'])
      const now = new Date('2026-11-22T12:00:00Z')
      expect(await setPaused(payload, connector, true, '2026-12-31', now)).toEqual({ ok: true })
      const paused = await payload.findByID({ collection: 'users', id: connector.id })
      expect(paused.pausedUntil).toBe('2026-12-31T23:59:59.999Z')
      expect(isPaused(paused, new Date('2026-12-31T20:00:00Z'))).toBe(true)
      expect(isPaused(paused, new Date('2027-01-01T00:00:00Z'))).toBe(false)
    })

    it('explains a date in the past or a malformed one', async () => {
      const mentor = await createUser(payload, ['mentor'])
      const now = new Date('2026-11-22T12:00:00Z')
      expect(await setPaused(payload, mentor, true, '2026-01-01', now)).toEqual({
        ok: false,
        error: 'Choose an end date in the future, or leave it empty.',
      })
      expect(await setPaused(payload, mentor, true, 'next week', now)).toMatchObject({ ok: false })
      expect(isPaused(await payload.findByID({ collection: 'users', id: mentor.id }))).toBe(false)
    })

    it('is only for Mentors and Connectors', async () => {
      const student = await createUser(payload, ['career-candidate'])
      expect(await setPaused(payload, student, true)).toEqual({ ok: false, error: 'Only Mentors and Connectors can pause their involvement.' })
    })
  })
})
