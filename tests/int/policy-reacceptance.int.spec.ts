import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptPolicies, outstandingPolicies } from '@/accounts/acceptance'
import { signUp } from '@/accounts/signup'

import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { User } from '../../payload-types'

describe('accepting a new version of a policy', () => {
  let payload: Payload
  let student: User
  let policyId: number

  beforeAll(async () => {
    payload = await startTestPayload()
    const policy = await payload.create({
      collection: 'policies',
      data: { slug: 'code-of-conduct', title: 'Code of Conduct', body: paragraphs('Be kind.'), requiredFor: ['career-candidate'], _status: 'published' },
    })
    policyId = policy.id
    const result = await signUp(payload, {
      role: 'career-candidate',
      chosenName: 'Ash',
      email: 'ash@example.test',
      password: 'a long enough passphrase',
      accepted: { 'code-of-conduct': 1 },
    })
    if (!result.ok) throw new Error('sign-up failed')
    student = await payload.findByID({ collection: 'users', id: result.userId })
  })
  afterAll(() => stopTestPayload(payload))

  it('asks nothing of a member who accepted the current versions', async () => {
    expect(await outstandingPolicies(payload, student)).toEqual([])
  })

  it('asks members of the affected role, and only them, once a new version is published', async () => {
    await payload.update({ collection: 'policies', id: policyId, data: { body: paragraphs('Be kind and safe.'), _status: 'published' } })
    expect(await outstandingPolicies(payload, student)).toEqual([
      { id: policyId, slug: 'code-of-conduct', title: 'Code of Conduct', currentVersion: 2, acceptedVersion: 1 },
    ])
    const mentor = await createUser(payload, ['mentor'])
    expect(await outstandingPolicies(payload, mentor)).toEqual([])
  })

  it('does not count an unpublished draft as a new version', async () => {
    await payload.update({ collection: 'policies', id: policyId, data: { body: paragraphs('Draft'), _status: 'draft' }, draft: true })
    expect((await outstandingPolicies(payload, student)).map((policy) => policy.currentVersion)).toEqual([2])
  })

  it('records the acceptance only when every outstanding version is accepted', async () => {
    expect(await acceptPolicies(payload, student, {})).toEqual({
      ok: false,
      errors: { 'accept-code-of-conduct': 'Please read and accept the Code of Conduct to continue.' },
    })
    expect(await acceptPolicies(payload, student, { 'code-of-conduct': 1 })).toMatchObject({ ok: false })
    expect(await acceptPolicies(payload, student, { 'code-of-conduct': 2 })).toEqual({ ok: true })
    expect(await outstandingPolicies(payload, student)).toEqual([])

    const { docs } = await payload.find({ collection: 'policy-acceptances', where: { user: { equals: student.id } }, sort: 'versionNumber' })
    expect(docs.map((doc) => doc.versionNumber)).toEqual([1, 2])
  })

  it('shows admins, and only admins, how many affected members accepted each version', async () => {
    const admin = await createUser(payload, ['admin'])
    const asAdmin = await payload.findByID({ collection: 'policies', id: policyId, overrideAccess: false, user: admin })
    expect(asAdmin.acceptances?.split('\n')).toEqual([
      'Version 2: 1 accepted (1 member must accept it today)',
      'Version 1: 1 accepted (1 member must accept it today)',
    ])
    const asVisitor = await payload.findByID({ collection: 'policies', id: policyId, overrideAccess: false })
    expect(asVisitor.acceptances).toBeUndefined()
    const listed = await payload.find({ collection: 'policies', overrideAccess: false, user: admin })
    expect(listed.docs[0].acceptances).toBeUndefined()
    const asStudent = await payload.findByID({ collection: 'policies', id: policyId, overrideAccess: false, user: student })
    expect(asStudent.acceptances).toBeUndefined()
  })
})
