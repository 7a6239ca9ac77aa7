import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteMemberAccount, exportMemberData } from '@/accounts/my-data'
import { signUp } from '@/accounts/signup'

import { paragraphs } from '../helpers/lexical'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('a member’s own data', () => {
  let payload: Payload
  let memberId: number

  beforeAll(async () => {
    payload = await startTestPayload()
    await payload.create({
      collection: 'policies',
      data: { slug: 'code-of-conduct', title: 'Code of Conduct', body: paragraphs('Be kind.'), requiredFor: ['mentor'], _status: 'published' },
    })
    const result = await signUp(payload, {
      role: 'mentor',
      chosenName: 'Morgan',
      pronouns: 'he/him',
      email: 'morgan@example.test',
      password: 'a long enough passphrase',
      accepted: { 'code-of-conduct': 1 },
    })
    if (!result.ok) throw new Error('sign-up failed')
    memberId = result.userId as number
  })
  afterAll(() => stopTestPayload(payload))

  it('exports the account and every acceptance, and no password material', async () => {
    const data = await exportMemberData(payload, { id: memberId })
    expect(data.account).toMatchObject({ email: 'morgan@example.test', chosenName: 'Morgan', pronouns: 'he/him', roles: ['mentor'] })
    expect(data.policyAcceptances).toEqual([{ policy: 'Code of Conduct', version: 1, acceptedAt: expect.any(String) }])
    // A Mentor's directory profile is theirs too, identity fields and who may see them included.
    expect(data.directoryProfile).toMatchObject({
      kind: 'mentor',
      displayName: 'Morgan',
      pronouns: { value: 'he/him', visibleTo: 'members' },
      identities: { value: null, visibleTo: 'hidden' },
      availability: 'open',
    })
    expect(JSON.stringify(data)).not.toMatch(/hash|salt|token/i)
  })

  it('deletes the account and keeps only anonymous acceptance records', async () => {
    await deleteMemberAccount(payload, { id: memberId })
    expect(await payload.count({ collection: 'users', where: { email: { equals: 'morgan@example.test' } } })).toEqual({ totalDocs: 0 })
    const { docs } = await payload.find({ collection: 'policy-acceptances', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].user ?? null).toBeNull()
    expect(docs[0].versionNumber).toBe(1)
    expect(JSON.stringify(docs)).not.toContain('morgan')
  })
})
