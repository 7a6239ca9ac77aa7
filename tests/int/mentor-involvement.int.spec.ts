import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mentorKindOf, switchMentorKind } from '@/accounts/involvement'

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
})
