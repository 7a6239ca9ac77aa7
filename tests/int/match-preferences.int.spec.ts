import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { deleteMemberAccount, exportMemberData } from '@/accounts/my-data'
import { readPreferences, saveMentorOptIn, saveSeekerWishes } from '@/matching/preferences'
import { answerRequest, sendMentorshipRequest } from '@/mentorship/requests'
import { seedDemoContent } from '@/seed'

import type { User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * What a student says they look for in a mentor, and a mentor's choice to be matched on shared
 * experience: saved only through the platform, read back only by their owner (never another
 * member, programme staff, a company or an admin), exported with their data and deleted with
 * their account.
 */

// The page's server action runs as whoever signed in, and ends in a redirect.
const session = vi.hoisted(() => ({ member: null as unknown }))
class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirected to ${to}`)
  }
}
vi.mock('@/accounts/session', () => ({ requireMember: async () => session.member, getSignedInMember: async () => session.member }))
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirected(to)
  },
}))

type Id = number | string

let payload: Payload
let student: User
let otherStudent: User
let mentor: User
let staff: User
let company: User
let admin: User
let technology: { id: Id; slug: string }
let address = 0
const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })

const wishes = {
  helpTopics: ['interviews', 'being-out-at-work'],
  industries: [] as string[],
  languages: ['en', 'es'],
  timeZone: 'America/Chicago',
  region: '',
  meetingFrequency: 'fortnightly',
  sharedExperience: ['trans-or-nonbinary'],
}

const recordsOf = async (user: User) =>
  (await payload.find({ collection: 'match-preferences', where: { user: { equals: user.id } }, depth: 0, overrideAccess: true })).docs

const tokenOf = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password: 'a-long-test-password' } })).token!

async function rest(path: string, user: User, init: RequestInit = {}) {
  return handleEndpoints({
    config: (await import('@payload-config')).default,
    request: new Request(`http://localhost:3000/api${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await tokenOf(user)}` },
    }),
  })
}

async function graphql(query: string, user: User) {
  const response = await GRAPHQL_POST(Promise.resolve((await import('@payload-config')).default))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await tokenOf(user)}` },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
}

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  const organization = (name: string, kind: string) =>
    payload.create({ collection: 'organizations', data: { name, kind, slug: `${kind}-prefs`, plan: { status: 'none' } } as never, overrideAccess: true })
  const lakeside = await organization('Lakeside Career Center', 'career-center')
  const northwind = await organization('Northwind', 'company')
  student = (await createUser(payload, ['career-candidate'], { chosenName: 'Sam' })) as User
  otherStudent = (await createUser(payload, ['career-candidate'])) as User
  staff = (await createUser(payload, ['career-center-staff'], { organization: lakeside.id, organizationRole: 'staff' })) as User
  company = (await createUser(payload, ['company-representative'], { organization: northwind.id, organizationRole: 'representative' })) as User
  admin = (await createUser(payload, ['admin'])) as User
  mentor = (await listMember(payload, { name: 'Robin Hale', kind: 'mentor', lastActiveAt: new Date().toISOString() })).user
  const industry = await payload.create({ collection: 'industries', data: { name: 'Technology', slug: '' }, overrideAccess: true })
  technology = { id: industry.id, slug: industry.slug! }
  wishes.industries = [technology.slug]
})
afterAll(() => stopTestPayload(payload))

describe('a student saying what they look for', () => {
  it('saves their wishes and reads them back as they chose them', async () => {
    expect(await readPreferences(payload, student.id)).toMatchObject({ saved: false, helpTopics: [], industries: [], timeZone: null, matchOn: 'off' })
    expect(await saveSeekerWishes(payload, student, wishes)).toEqual({ ok: true })
    expect(await readPreferences(payload, student.id)).toEqual({
      saved: true,
      helpTopics: ['interviews', 'being-out-at-work'],
      industries: [{ id: String(technology.id), slug: technology.slug, name: 'Technology' }],
      languages: ['en', 'es'],
      timeZone: 'America/Chicago',
      region: null,
      meetingFrequency: 'fortnightly',
      sharedExperience: ['trans-or-nonbinary'],
      matchOn: 'off',
    })
  })

  it('changes the one record on a second save, and a region may stand in for the time zone', async () => {
    expect(await saveSeekerWishes(payload, student, { ...wishes, timeZone: '', region: 'europe-west', sharedExperience: [] })).toEqual({ ok: true })
    expect(await recordsOf(student)).toHaveLength(1)
    expect(await readPreferences(payload, student.id)).toMatchObject({ timeZone: null, region: 'europe-west', sharedExperience: [] })
    await saveSeekerWishes(payload, student, wishes)
  })

  it('refuses unknown topics, an unknown time zone and too many industries, field by field, and writes nothing', async () => {
    const fresh = (await createUser(payload, ['career-candidate'])) as User
    const refused = await saveSeekerWishes(payload, fresh, {
      ...wishes,
      helpTopics: ['interviews', 'free-lunch'],
      timeZone: 'Mars/Olympus_Mons',
      industries: ['a', 'b', 'c', 'd', 'e', 'f'],
      languages: ['en', 'klingon'],
      region: 'atlantis',
      meetingFrequency: 'hourly',
      sharedExperience: ['royalty'],
    })
    expect(refused).toEqual({
      ok: false,
      status: 400,
      errors: {
        helpTopics: 'Choose topics from the list.',
        timeZone: 'Choose your time zone from the list: “Mars/Olympus_Mons” is not one we know.',
        industries: 'Choose up to 5 industries.',
        languages: 'Choose languages from the list.',
        region: 'Choose a region from the list.',
        meetingFrequency: 'Choose how often you would like to meet from the list.',
        sharedExperience: 'Choose shared experiences from the list.',
      },
    })
    expect(await saveSeekerWishes(payload, fresh, { ...wishes, industries: ['not-an-industry'] })).toEqual({
      ok: false,
      status: 400,
      errors: { industries: 'Choose industries from the list.' },
    })
    expect(await recordsOf(fresh)).toEqual([])
  })

  it('is for Career Candidates only: a Mentor cannot save wishes, and a student cannot opt in as a mentor', async () => {
    expect(await saveSeekerWishes(payload, mentor, wishes)).toMatchObject({ ok: false, status: 403 })
    expect(await saveMentorOptIn(payload, student, { sharedExperience: ['out-at-work'], matchOn: 'any-student' })).toMatchObject({ ok: false, status: 403 })
    expect(await recordsOf(mentor)).toEqual([])
    expect(await readPreferences(payload, student.id)).toMatchObject({ matchOn: 'off', sharedExperience: ['trans-or-nonbinary'] })
  })

  it('saves from the page’s form, without JavaScript, and goes on to the suggestions made for them', async () => {
    const { saveWishes } = await import('@/app/(frontend)/account/looking-for/actions')
    const form = new FormData()
    for (const topic of ['applications', 'introductions']) form.append('helpTopics', topic)
    form.append('industries', technology.slug)
    form.append('languages', 'fr')
    form.append('timeZone', 'Europe/Paris')
    form.append('region', '')
    form.append('meetingFrequency', 'monthly')
    const typist = (await createUser(payload, ['career-candidate'])) as User
    session.member = typist
    await expect(saveWishes({ errors: {} }, form)).rejects.toMatchObject({ to: '/mentors?for=me&saved=wishes' })
    expect(await readPreferences(payload, typist.id)).toMatchObject({
      helpTopics: ['applications', 'introductions'],
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      meetingFrequency: 'monthly',
      sharedExperience: [],
    })

    // A refusal stays on the page with the error beside its field and everything as chosen.
    form.set('timeZone', 'Nowhere/Else')
    const refused = await saveWishes({ errors: {} }, form)
    expect(refused.errors).toEqual({ timeZone: 'Choose your time zone from the list: “Nowhere/Else” is not one we know.' })
    expect(refused.values).toMatchObject({ helpTopics: ['applications', 'introductions'], timeZone: 'Nowhere/Else', meetingFrequency: 'monthly' })
    expect(await readPreferences(payload, typist.id)).toMatchObject({ timeZone: 'Europe/Paris' })
  })
})

describe('a mentor choosing whether to be matched on shared experience', () => {
  it('is off until they choose, and keeps what they share with the choice they made', async () => {
    expect(await readPreferences(payload, mentor.id)).toMatchObject({ saved: false, sharedExperience: [], matchOn: 'off' })
    expect(await saveMentorOptIn(payload, mentor, { sharedExperience: ['out-at-work', 'first-generation'] })).toEqual({ ok: true })
    expect(await readPreferences(payload, mentor.id)).toMatchObject({ sharedExperience: ['out-at-work', 'first-generation'], matchOn: 'off' })
    expect(await saveMentorOptIn(payload, mentor, { sharedExperience: ['out-at-work'], matchOn: 'any-student' })).toEqual({ ok: true })
    expect(await readPreferences(payload, mentor.id)).toMatchObject({ sharedExperience: ['out-at-work'], matchOn: 'any-student', helpTopics: [] })
    expect(await recordsOf(mentor)).toHaveLength(1)
  })

  it('refuses a choice or an experience not on the list', async () => {
    expect(await saveMentorOptIn(payload, mentor, { sharedExperience: ['royalty'], matchOn: 'always' })).toEqual({
      ok: false,
      status: 400,
      errors: { sharedExperience: 'Choose experiences from the list.', matchOn: 'Choose whether you may be matched on these.' },
    })
    expect(await readPreferences(payload, mentor.id)).toMatchObject({ sharedExperience: ['out-at-work'], matchOn: 'any-student' })
  })

  it('saves from the profile page’s form', async () => {
    const { submitMatchingOptIn } = await import('@/app/(frontend)/account/profile/matching-actions')
    const form = new FormData()
    form.append('sharedExperience', 'poc')
    form.append('matchOn', 'when-visible')
    session.member = mentor
    expect(await submitMatchingOptIn({ errors: {} }, form)).toMatchObject({ errors: {}, saved: true })
    expect(await readPreferences(payload, mentor.id)).toMatchObject({ sharedExperience: ['poc'], matchOn: 'when-visible' })
  })
})

describe('who can read a member’s match preferences', () => {
  const outsiders = () => ({ 'another member': otherStudent, 'programme staff': staff, 'a company representative': company, 'an admin': admin })

  it('nobody else finds them through the API with their own access: not in a list, not by id', async () => {
    const [record] = await recordsOf(student)
    for (const [who, user] of Object.entries(outsiders())) {
      const list = await payload.find({ collection: 'match-preferences', depth: 0, overrideAccess: false, user })
      expect(
        list.docs.map((doc) => doc.id),
        who,
      ).toEqual([])
      await expect(payload.findByID({ collection: 'match-preferences', id: record.id, depth: 0, overrideAccess: false, user }), who).rejects.toThrow()
    }
  })

  it('nobody else reads them over REST or GraphQL, and the owner reads their own', async () => {
    const [record] = await recordsOf(student)
    for (const [who, user] of Object.entries(outsiders())) {
      const list = (await (await rest('/match-preferences?depth=0', user)).json()) as { docs: unknown[] }
      expect(list.docs, who).toEqual([])
      expect((await rest(`/match-preferences/${record.id}`, user)).status, who).toBeGreaterThanOrEqual(400)
      const answer = await graphql(
        `{ MatchPreferences { docs { id sharedExperience } } MatchPreference(id: ${JSON.stringify(record.id)}) { id sharedExperience } }`,
        user,
      )
      expect((answer.data?.MatchPreferences as { docs: unknown[] } | undefined)?.docs ?? [], who).toEqual([])
      expect(answer.data?.MatchPreference ?? null, who).toBeNull()
      expect(JSON.stringify(answer)).not.toContain('trans-or-nonbinary')
    }
    const own = (await (await rest('/match-preferences?depth=0', student)).json()) as { docs: Array<{ id: Id; sharedExperience: string[] }> }
    expect(own.docs).toEqual([expect.objectContaining({ id: record.id, sharedExperience: ['trans-or-nonbinary'] })])
    const ownGraph = await graphql(`{ MatchPreference(id: ${JSON.stringify(record.id)}) { sharedExperience } }`, student)
    expect(ownGraph.data?.MatchPreference).toEqual({ sharedExperience: ['trans_or_nonbinary'] })
  })

  it('nobody writes them over REST, not even their owner or an admin', async () => {
    const [record] = await recordsOf(student)
    for (const user of [student, admin, otherStudent]) {
      const created = await rest('/match-preferences', user, { method: 'POST', body: JSON.stringify({ user: user.id, sharedExperience: ['poc'] }) })
      expect(created.status).toBe(403)
      const updated = await rest(`/match-preferences/${record.id}`, user, { method: 'PATCH', body: JSON.stringify({ sharedExperience: ['poc'] }) })
      expect(updated.status).toBeGreaterThanOrEqual(400)
      expect((await rest(`/match-preferences/${record.id}`, user, { method: 'DELETE' })).status).toBeGreaterThanOrEqual(400)
    }
    expect(await readPreferences(payload, student.id)).toMatchObject({ sharedExperience: ['trans-or-nonbinary'] })
  })
})

describe('a member’s data', () => {
  it('exports their preferences, their mentorship agreements and only the feedback they wrote; deleting the account removes them', async () => {
    const leaver = (await createUser(payload, ['career-candidate'], { chosenName: 'Leaving Student' })) as User
    await saveSeekerWishes(payload, leaver, wishes)
    const bystander = (await createUser(payload, ['career-candidate'])) as User
    await saveSeekerWishes(payload, bystander, wishes)
    const { user: partner, profile } = await listMember(payload, { name: 'Partner Mentor', kind: 'mentor', lastActiveAt: new Date().toISOString() })
    const sent = await sendMentorshipRequest(
      payload,
      leaver,
      profile.slug,
      { helpWith: 'interviews', message: 'Could you help me prepare for my first interviews in tech?' },
      from(),
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await answerRequest(payload, partner, sent.requestId, 'accept')
    // Accepting may already have started the agreement (src/mentorship/shape.ts); the two then agree its goals.
    const terms = { goals: 'Two mock interviews by March.', meetingFrequency: 'fortnightly' } as const
    const started = await payload.find({ collection: 'mentorship-agreements', where: { request: { equals: sent.requestId } }, depth: 0, overrideAccess: true })
    const agreement = started.docs[0]
      ? await payload.update({ collection: 'mentorship-agreements', id: started.docs[0].id, data: terms, overrideAccess: true })
      : await payload.create({
          collection: 'mentorship-agreements',
          data: { request: sent.requestId, student: leaver.id, mentor: partner.id, ...terms } as never,
          overrideAccess: true,
        })
    const feedback = (author: User, side: 'student' | 'mentor', comment: string) =>
      payload.create({
        collection: 'mentorship-feedback',
        data: { request: sent.requestId, author: author.id, side, kind: 'check-in', round: 1, mood: 'going-well', comment } as never,
        overrideAccess: true,
      })
    await feedback(leaver, 'student', 'Going well, thank you.')
    await feedback(partner, 'mentor', 'The mentor’s own words about the student.')

    const data = await exportMemberData(payload, leaver)
    expect(data.matchPreferences).toEqual({
      helpTopics: ['interviews', 'being-out-at-work'],
      industries: ['Technology'],
      languages: ['en', 'es'],
      timeZone: 'America/Chicago',
      region: null,
      meetingFrequency: 'fortnightly',
      sharedExperience: ['trans-or-nonbinary'],
      matchOnSharedExperience: 'off',
    })
    expect(data.mentorshipAgreements).toEqual([
      expect.objectContaining({ with: 'Partner Mentor', youWere: 'student', goals: 'Two mock interviews by March.', meetingFrequency: 'fortnightly' }),
    ])
    expect(data.mentorshipFeedback).toEqual([expect.objectContaining({ kind: 'check-in', youWere: 'student', comment: 'Going well, thank you.' })])
    expect(JSON.stringify(data)).not.toContain('The mentor’s own words')
    // The mentor's export has the agreement too, and only their own check-in.
    const partnerData = await exportMemberData(payload, partner)
    expect(partnerData.mentorshipAgreements).toEqual([expect.objectContaining({ with: 'Leaving Student', youWere: 'mentor' })])
    expect(partnerData.mentorshipFeedback.map((entry) => entry.comment)).toEqual(['The mentor’s own words about the student.'])
    expect(partnerData.matchPreferences).toBeNull()

    await deleteMemberAccount(payload, leaver)
    expect(await recordsOf(leaver)).toEqual([])
    // The agreement and both sides' check-ins go with the request, as its messages do.
    expect(await payload.count({ collection: 'mentorship-agreements', where: { id: { equals: agreement.id } }, overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    expect(await payload.count({ collection: 'mentorship-feedback', where: { request: { equals: sent.requestId } }, overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    // Nobody else's preferences are touched.
    expect(await readPreferences(payload, bystander.id)).toMatchObject({ saved: true })
  })
})

describe('the demo content', () => {
  it('gives the demo student wishes and two demo mentors opt-ins, and a reset writes them afresh', async () => {
    await seedDemoContent(payload, { reset: true })
    await seedDemoContent(payload, { reset: true })
    const account = async (email: string) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as User
    const demoStudent = await account('student@example.org')
    expect(await readPreferences(payload, demoStudent.id)).toMatchObject({
      helpTopics: ['interviews', 'being-out-at-work'],
      industries: [expect.objectContaining({ name: 'Technology' })],
      languages: ['en', 'es'],
      region: 'north-america-central',
      meetingFrequency: 'fortnightly',
      sharedExperience: ['trans-or-nonbinary'],
    })
    const demoMentor = await account('mentor@example.org')
    expect(await readPreferences(payload, demoMentor.id)).toMatchObject({ sharedExperience: ['out-at-work'], matchOn: 'when-visible' })
    const { docs: profiles } = await payload.find({ collection: 'mentor-profiles', where: { user: { equals: demoMentor.id } }, depth: 0, overrideAccess: true })
    expect(profiles[0].identitiesVisibility).toBe('hidden')
    const alex = await account('alex.rivera@mentors.example.org')
    expect(await readPreferences(payload, alex.id)).toMatchObject({ sharedExperience: expect.arrayContaining(['trans-or-nonbinary']), matchOn: 'any-student' })
    expect(await payload.count({ collection: 'match-preferences', overrideAccess: true })).toEqual({ totalDocs: 3 })
  }, 600_000)
})
