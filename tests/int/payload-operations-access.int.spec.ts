import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptPolicies } from '@/accounts/acceptance'
import { mayRunJobs } from '@/access/built-ins'
import { sendMentorshipRequest } from '@/mentorship/requests'

import type { User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Payload's own operations (unlock, versions, jobs, document locks, preferences, migrations,
 * the jobs-stats global) default to "any signed-in account". Each is checked here from the
 * member's side, with the member's access, as REST and GraphQL apply it.
 */
let payload: Payload

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000' })
})
afterAll(() => stopTestPayload(payload))

describe("Payload's built-in operations and collections", () => {
  let member: User
  let admin: User

  beforeAll(async () => {
    member = (await createUser(payload, ['career-candidate'])) as User
    admin = (await createUser(payload, ['admin'])) as User
  })

  const operationsOf = (slug: string) => payload.collections[slug as 'users'].config.access
  const asMember = () => ({
    req: { user: { ...member, collection: 'users' }, payload, headers: new Headers(), context: {} } as unknown as PayloadRequest,
    data: {},
  })
  const asAdmin = () => ({
    req: { user: { ...admin, collection: 'users' }, payload, headers: new Headers(), context: {} } as unknown as PayloadRequest,
    data: {},
  })

  it('lets only admins lift a login lockout, on every collection', async () => {
    for (const slug of Object.keys(payload.collections)) {
      expect(await operationsOf(slug).unlock!(asMember() as never), slug).toBe(false)
      expect(await operationsOf(slug).unlock!(asAdmin() as never), slug).toBe(true)
    }
    await expect(
      payload.unlock({
        collection: 'users',
        data: { email: admin.email } as never,
        overrideAccess: false,
        req: { user: { ...member, collection: 'users' } } as never,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('refuses version history on collections and globals that keep none', async () => {
    for (const [slug, collection] of Object.entries(payload.collections)) {
      if (collection.config.versions) continue
      expect(await collection.config.access.readVersions!(asAdmin() as never), slug).toBe(false)
    }
    for (const global of payload.config.globals) {
      if (!global.versions) expect(await global.access.readVersions!(asAdmin() as never), global.slug).toBe(false)
    }
  })

  it('keeps the jobs queue, its statistics and Payload system collections from members', async () => {
    const jobs = payload.config.jobs.access!
    for (const rule of [jobs.run!, jobs.queue!, jobs.cancel!]) {
      expect(await rule(asMember() as never)).toBe(false)
      expect(await rule(asAdmin() as never)).toBe(true)
    }
    const stats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
    expect(stats, 'the jobs-stats global exists because some tasks are scheduled').toBeDefined()
    expect(await stats!.access.read!(asMember() as never)).toBe(false)
    expect(await stats!.access.update!(asMember() as never)).toBe(false)
    for (const slug of ['payload-locked-documents', 'payload-migrations', 'payload-jobs', 'payload-kv']) {
      for (const operation of ['create', 'read', 'update', 'delete'] as const) {
        expect(await operationsOf(slug)[operation]!(asMember() as never), `${slug} ${operation}`).toBe(false)
      }
    }
    expect(await operationsOf('payload-preferences').create!(asMember() as never)).toBe(false)
    await expect(payload.find({ collection: 'payload-locked-documents', overrideAccess: false, user: member })).rejects.toMatchObject({ status: 403 })
  })

  it('lets a scheduler run jobs with JOBS_SECRET, and nobody with a wrong or missing one', () => {
    const withAuthorization = (value?: string) => ({
      req: { user: null, headers: new Headers(value ? { authorization: value } : {}) } as unknown as PayloadRequest,
    })
    const before = process.env.JOBS_SECRET
    try {
      delete process.env.JOBS_SECRET
      expect(mayRunJobs(withAuthorization('Bearer '))).toBe(false)
      process.env.JOBS_SECRET = 'a-long-scheduler-secret'
      expect(mayRunJobs(withAuthorization('Bearer a-long-scheduler-secret'))).toBe(true)
      expect(mayRunJobs(withAuthorization('Bearer a-long-scheduler-secreT'))).toBe(false)
      expect(mayRunJobs(withAuthorization('Bearer short'))).toBe(false)
      expect(mayRunJobs(withAuthorization())).toBe(false)
    } finally {
      if (before === undefined) delete process.env.JOBS_SECRET
      else process.env.JOBS_SECRET = before
    }
  })

  it('states create, read, update and delete on every collection of the platform instead of inheriting a default', () => {
    const ours = payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
    for (const collection of ours) {
      for (const operation of ['create', 'read', 'update', 'delete'] as const) {
        // Payload's default is one shared function whose source reads `Boolean(user)`.
        expect(String(collection.access[operation]), `${collection.slug} ${operation}`).not.toMatch(/Boolean\(user\)/)
      }
    }
  })
})

describe('what admins read of a mentorship request', () => {
  it('shows the message, times and notes to the two participants, and to admins only once a conduct report names the request', async () => {
    const { user: mentor, profile } = await listMember(payload, { name: 'Robin', lastActiveAt: new Date().toISOString() })
    const student = (await createUser(payload, ['career-candidate'])) as User
    const admin = (await createUser(payload, ['admin'])) as User
    const sent = await sendMentorshipRequest(
      payload,
      student,
      profile.slug,
      { helpWith: 'interviews', message: 'I am preparing for interviews and would love to talk about it.', preferredTimes: 'Tuesday evenings' },
      { address: '198.51.100.7' },
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent))
    const read = (user: User) => payload.findByID({ collection: 'mentorship-requests', id: sent.requestId, overrideAccess: false, user, depth: 0 })

    for (const participant of [student, mentor as User]) {
      expect(await read(participant)).toMatchObject({ message: expect.stringContaining('preparing for interviews'), preferredTimes: 'Tuesday evenings' })
    }
    const beforeReport = await read(admin)
    expect(beforeReport.status).toBe('pending')
    expect(beforeReport).not.toHaveProperty('message')
    expect(beforeReport).not.toHaveProperty('preferredTimes')
    expect(beforeReport).not.toHaveProperty('statusNote')
    const listed = await payload.find({ collection: 'mentorship-requests', overrideAccess: false, user: admin, depth: 0 })
    expect(JSON.stringify(listed.docs)).not.toContain('preparing for interviews')
    // Nor can the text be found by asking for it.
    await expect(
      payload.find({ collection: 'mentorship-requests', where: { message: { like: 'interviews' } }, overrideAccess: false, user: admin }),
    ).rejects.toMatchObject({ status: 400 })

    await payload.create({
      collection: 'conduct-reports',
      data: {
        subjectKind: 'message',
        subject: 'A request',
        category: 'harassment',
        description: 'Something happened in this request.',
        request: sent.requestId as number,
        status: 'new',
      } as never,
      overrideAccess: true,
    })
    expect(await read(admin)).toMatchObject({ message: expect.stringContaining('preparing for interviews') })
  })
})

describe('the policy gate at the data layer', () => {
  let student: User
  let policyId: number | string

  beforeAll(async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: {
        slug: 'code-of-conduct',
        title: 'Code of Conduct',
        body: paragraphs('Be kind.'),
        requiredFor: ['career-candidate', 'mentor'],
        _status: 'published',
      },
    })
    policyId = policy.id
    student = (await createUser(payload, ['career-candidate'])) as User
    expect(await acceptPolicies(payload, student, { 'code-of-conduct': 1 })).toEqual({ ok: true })
    await payload.update({ collection: 'policies', id: policyId, data: { body: paragraphs('Be kind and safe.'), _status: 'published' } })
  })

  it('refuses a member who owes an acceptance every write with their access, saying what to accept and where', async () => {
    const attempt = payload.update({ collection: 'users', id: student.id, data: { chosenName: 'Changed' }, overrideAccess: false, user: student })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Code of Conduct \(version 2\).*\/account\/policies/) })
    expect((await payload.findByID({ collection: 'users', id: student.id, overrideAccess: true })).chosenName).toBe(student.chosenName)

    const { user: mentor, profile } = await listMember(payload, { name: 'Kai', lastActiveAt: new Date().toISOString() })
    await expect(
      payload.update({ collection: 'mentor-profiles', id: profile.id, data: { headline: 'New headline' }, overrideAccess: false, user: mentor as User }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('still lets the member read their account and be refused nothing once they accept', async () => {
    expect((await payload.findByID({ collection: 'users', id: student.id, overrideAccess: false, user: student })).email).toBe(student.email)
    const sent = await sendMentorshipRequest(
      payload,
      student,
      'anyone',
      { helpWith: 'interviews', message: 'x'.repeat(40), preferredTimes: '' },
      { address: '198.51.100.9' },
    )
    expect(sent).toMatchObject({ ok: false, status: 403, errors: { form: expect.stringContaining('/account/policies') } })

    expect(await acceptPolicies(payload, student, { 'code-of-conduct': 2 })).toEqual({ ok: true })
    const updated = await payload.update({ collection: 'users', id: student.id, data: { chosenName: 'Changed' }, overrideAccess: false, user: student })
    expect(updated.chosenName).toBe('Changed')
  })
})
