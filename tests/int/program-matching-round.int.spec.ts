import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scoreEach } from '@/matching/rank'
import { adjustPair, assignPairs, proposeRound, sendIntroductions } from '@/programs/matching-round'

import type { MatchRound, MentorProfile, Organization, Program, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Programme staff at Lakeside match their mentees centrally: they propose a mentor for everyone
 * waiting at once, change a pair or two, and send the introductions. The platform keeps each
 * mentee to one proposal and each mentor to their places, skips mentors who paused, filled up or
 * took themselves off the programme's pages, never pairs two people across a block, and shows
 * staff nothing of a student's wishes.
 */

type Side = 'mentor' | 'mentee'
let payload: Payload
let lakeside: Organization
let staff: User
let otherStaff: User
let student: User
let serial = 0
const password = 'a-long-test-password'

async function newProgram(data: Partial<Program> = {}): Promise<Program> {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: {
      name: `Lakeside Matched Mentors ${serial}`,
      slug: `lakeside-matched-${serial}`,
      status: 'open',
      summary: 'Mentoring for Lakeside students, paired by our staff.',
      organization: lakeside.id,
      matching: 'staff',
      ...data,
    } as never,
    overrideAccess: true,
  })
}

const join = (program: Program, user: User, side: Side, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'program-memberships',
    data: { program: program.id, user: user.id, memberName: user.chosenName, side, status: 'active', ...extra } as never,
    overrideAccess: true,
  })

type MentorSetup = { languages?: string[]; timeZone?: string; capacity?: number; paused?: boolean; availability?: 'open' | 'full'; sharedExperience?: string[] }
let mentorSerial = 0
async function mentorIn(program: Program, setup: MentorSetup = {}, membership: Record<string, unknown> = {}): Promise<{ user: User; profile: MentorProfile }> {
  mentorSerial += 1
  const { user, profile } = await listMember(payload, { name: `Matched Mentor ${mentorSerial}`, lastActiveAt: new Date().toISOString() })
  const updated = await payload.update({
    collection: 'mentor-profiles',
    id: profile.id,
    data: {
      languages: setup.languages ?? ['en'],
      timeZone: setup.timeZone ?? 'Europe/London',
      capacity: setup.capacity ?? 3,
      paused: setup.paused ?? false,
      availability: setup.availability ?? 'open',
    } as never,
    overrideAccess: true,
  })
  if (setup.sharedExperience) {
    await payload.create({
      collection: 'match-preferences',
      data: { user: user.id, sharedExperience: setup.sharedExperience, matchOn: 'any-student' } as never,
      overrideAccess: true,
    })
  }
  await join(program, user, 'mentor', membership)
  return { user, profile: updated }
}

type Wishes = { languages?: string[]; timeZone?: string; sharedExperience?: string[] }
async function menteeIn(program: Program, wishes: Wishes | null = {}): Promise<User> {
  const user = (await createUser(payload, ['career-candidate'])) as User
  if (wishes) {
    await payload.create({
      collection: 'match-preferences',
      data: {
        user: user.id,
        languages: wishes.languages ?? ['en'],
        timeZone: wishes.timeZone ?? 'Europe/London',
        sharedExperience: wishes.sharedExperience ?? [],
      } as never,
      overrideAccess: true,
    })
  }
  await join(program, user, 'mentee')
  return user
}

const mentorship = (program: Program, mentor: User, mentee: User, status: 'accepted' | 'pending' = 'accepted') =>
  payload.create({
    collection: 'mentorship-requests',
    data: { student: mentee.id, mentor: mentor.id, program: program.id, helpWith: 'other', message: 'Hello, could we talk?', status } as never,
    overrideAccess: true,
  })

const block = (blocker: User, blocked: User) =>
  payload.create({ collection: 'blocks', data: { blocker: blocker.id, blocked: blocked.id } as never, overrideAccess: true })

async function propose(program: Program): Promise<MatchRound> {
  const result = await proposeRound(payload, staff, program.id)
  if (!result.ok) throw new Error(`${result.status}: ${result.message}`)
  return result.round
}
const pairOf = (round: MatchRound, mentee: User) => round.pairs!.find((pair) => String(pair.mentee) === String(mentee.id))!
const proposedFor = (round: MatchRound, mentee: User) => {
  const profile = pairOf(round, mentee).profile
  return profile == null ? null : String(profile)
}
const outboxFor = async (to: string) =>
  (await payload.find({ collection: 'emails', where: { to: { equals: to } }, sort: 'createdAt', depth: 0, pagination: false, overrideAccess: true })).docs
const requestsIn = async (program: Program) =>
  (await payload.find({ collection: 'mentorship-requests', where: { program: { equals: program.id } }, depth: 0, pagination: false, overrideAccess: true }))
    .docs

const tokenOf = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password } })).token!
const api = async (path: string, { token, method = 'GET', body }: { token?: string; method?: string; body?: object } = {}) =>
  handleEndpoints({
    config: (await import('@payload-config')).default,
    request: new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  })
const graphql = async (query: string, token?: string) =>
  GRAPHQL_POST(Promise.resolve((await import('@payload-config')).default))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  const careerCenter = (name: string) =>
    payload.create({ collection: 'organizations', data: { name, kind: 'career-center', slug: '' } as never, overrideAccess: true })
  lakeside = await careerCenter('Lakeside Matching Career Center')
  const elsewhere = await careerCenter('Elsewhere Matching Career Center')
  staff = (await createUser(payload, ['career-center-staff'], { organization: lakeside.id, organizationRole: 'staff' })) as User
  otherStaff = (await createUser(payload, ['career-center-staff'], { organization: elsewhere.id, organizationRole: 'staff' })) as User
  student = (await createUser(payload, ['career-candidate'])) as User
})
afterAll(() => stopTestPayload(payload))

describe('proposing a round', () => {
  let program: Program
  let round: MatchRound
  const mentors: Record<string, { user: User; profile: MentorProfile }> = {}
  const mentees: User[] = []
  let alreadyMentored: User
  let asking: User

  beforeAll(async () => {
    // Two mentees per mentor in the programme, whatever their own limit.
    program = await newProgram({ capacityPerMentor: 2 })
    mentors.busy = await mentorIn(program, { capacity: 5, sharedExperience: ['first-generation'] })
    mentors.single = await mentorIn(program, { capacity: 1, sharedExperience: ['first-generation'] })
    mentors.roomy = await mentorIn(program, { capacity: 3, languages: ['en', 'es'] })
    mentors.paused = await mentorIn(program, { paused: true })
    mentors.full = await mentorIn(program, { availability: 'full' })
    mentors.unlisted = await mentorIn(program, {}, { hiddenFromListings: true })
    // The busy mentor already mentors one Lakeside mentee: one place left in the programme.
    alreadyMentored = await menteeIn(program)
    await mentorship(program, mentors.busy.user, alreadyMentored)
    // A mentee whose request in the programme is waiting is not waiting for a match.
    asking = await menteeIn(program)
    await mentorship(program, mentors.single.user, asking, 'pending')
    // The first two also speak Spanish, as the roomy mentor does: without the block below, both would be theirs.
    for (let index = 0; index < 6; index++) {
      mentees.push(await menteeIn(program, { sharedExperience: ['first-generation'], languages: index < 2 ? ['en', 'es'] : ['en'] }))
    }
    // One mentee without any wishes on record is matched all the same.
    mentees.push(await menteeIn(program, null))
    // The first mentee blocked the roomy mentor, who would otherwise suit them best (Spanish).
    await block(mentees[0], mentors.roomy.user)
    round = await propose(program)
  })

  it('gives every waiting mentee one row and at most one mentor, and leaves out mentees who have a mentorship or a request', () => {
    expect(round.status).toBe('draft')
    const ids = round.pairs!.map((pair) => String(pair.mentee))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(mentees.map((mentee) => String(mentee.id)).sort())
    expect(ids).not.toContain(String(alreadyMentored.id))
    expect(ids).not.toContain(String(asking.id))
  })

  it('keeps each mentor within their places: their own limit, the programme’s mentees per mentor and mentorships already running', () => {
    const count = (profile: MentorProfile) => round.pairs!.filter((pair) => String(pair.profile) === String(profile.id)).length
    expect(count(mentors.busy.profile)).toBe(1)
    expect(count(mentors.single.profile)).toBe(1)
    expect(count(mentors.roomy.profile)).toBe(2)
    // Four places for seven mentees: three wait for the next round.
    expect(round.pairs!.filter((pair) => pair.profile != null)).toHaveLength(4)
  })

  it('proposes nobody who paused, is full, or took themselves off the programme’s pages', () => {
    const proposed = round.pairs!.map((pair) => String(pair.profile))
    for (const skipped of [mentors.paused, mentors.full, mentors.unlisted]) expect(proposed).not.toContain(String(skipped.profile.id))
  })

  it('never pairs two people across a block', () => {
    expect(proposedFor(round, mentees[0])).not.toBe(String(mentors.roomy.profile.id))
    expect(proposedFor(round, mentees[1])).toBe(String(mentors.roomy.profile.id))
  })

  it('shows staff reasons without a student’s shared-experience wish', () => {
    const reasons = round.pairs!.map((pair) => pair.reasons ?? '').join('\n')
    expect(reasons).toMatch(/Speaks Spanish|Also speaks Spanish/)
    expect(reasons).not.toMatch(/experience|first-generation/i)
  })

  it('replaces the older draft when staff propose again', async () => {
    const again = await propose(program)
    const older = await payload.findByID({ collection: 'match-rounds', id: round.id, depth: 0, overrideAccess: true })
    expect(older.status).toBe('discarded')
    expect(again.status).toBe('draft')
    round = again
  })
})

describe('the best pairs as a whole', () => {
  it('chooses the pairs with the best total over each mentee’s first choice in turn', async () => {
    const program = await newProgram()
    // Both speak French and German or Spanish; Paris and London are an hour apart.
    const paris = await mentorIn(program, { capacity: 1, languages: ['fr', 'es'], timeZone: 'Europe/Paris' })
    const london = await mentorIn(program, { capacity: 1, languages: ['de'], timeZone: 'Europe/London' })
    const first = await menteeIn(program, { languages: ['fr', 'de'], timeZone: 'Europe/Paris' })
    const second = await menteeIn(program, { languages: ['es'], timeZone: 'America/Sao_Paulo' })

    // Taken in turn, the first mentee would take the Paris mentor, their best, leaving the second a poor fit.
    const round = await propose(program)
    expect(proposedFor(round, first)).toBe(String(london.profile.id))
    expect(proposedFor(round, second)).toBe(String(paris.profile.id))
  })

  it('assignPairs: greedy in mentee order would give the first mentee the mentor the second needs', () => {
    const candidate = (id: string, languages: string[]) => ({
      id,
      kind: 'mentor' as const,
      industries: [],
      skills: [],
      languages,
      timeZone: null,
      capacityLeft: 1,
      status: 'open' as const,
      blockedWithSeeker: false,
      inProgramme: true,
      typicalResponseHours: null,
      sharedExperience: [],
    })
    const now = new Date('2026-12-01T12:00:00Z')
    const both = [candidate('1', ['fr', 'es']), candidate('2', ['fr'])]
    const wishes = (languages: string[]) => ({ helpTopics: [], industries: [], languages, sharedExperience: [] })
    const mentees = [
      { userId: 10, name: 'Ana', wishes: wishes(['fr', 'es']) },
      { userId: 11, name: 'Bo', wishes: wishes(['es']) },
    ]
    // Ana likes mentor 1 as much as mentor 2 or more; Bo fits only mentor 1.
    const [ana1, ana2] = scoreEach(mentees[0].wishes, both, { now, programmeOnly: true })
    expect(ana1.score).toBeGreaterThanOrEqual(ana2.score)
    const pairs = assignPairs(
      mentees,
      [
        { profileId: '1', profileRef: 1, userId: 1, name: 'One', placesLeft: 1 },
        { profileId: '2', profileRef: 2, userId: 2, name: 'Two', placesLeft: 1 },
      ],
      new Map([
        ['10', both],
        ['11', both],
      ]),
      now,
    )
    expect(pairs.map((pair) => pair.profile)).toEqual(['2', '1'])
  })
})

describe('adjusting and sending a round', () => {
  let program: Program
  let round: MatchRound
  let ada: { user: User; profile: MentorProfile }
  let ben: { user: User; profile: MentorProfile }
  let blockedMentor: { user: User; profile: MentorProfile }
  let first: User
  let second: User

  beforeAll(async () => {
    program = await newProgram()
    ada = await mentorIn(program, { capacity: 1, languages: ['en', 'pt'], sharedExperience: ['immigrant'] })
    ben = await mentorIn(program, { capacity: 1 })
    blockedMentor = await mentorIn(program, { capacity: 2 })
    first = await menteeIn(program, { languages: ['en', 'pt'], sharedExperience: ['immigrant'] })
    second = await menteeIn(program)
    await block(blockedMentor.user, first)
    round = await propose(program)
  })

  it('refuses a mentor with no place left once the round’s other pairs count, with a clear message', async () => {
    expect(proposedFor(round, first)).toBe(String(ada.profile.id))
    const refused = await adjustPair(payload, staff, round.id, second.id, ada.profile.id)
    expect(refused).toMatchObject({ ok: false, status: 409 })
    expect(!refused.ok && refused.message).toMatch(/has no place left: this round already pairs them with another mentee/)
  })

  it('refuses a mentor blocked with the mentee, without saying who blocked whom', async () => {
    const refused = await adjustPair(payload, staff, round.id, first.id, blockedMentor.profile.id)
    expect(refused).toMatchObject({ ok: false, status: 409 })
    expect(!refused.ok && refused.message).toMatch(/cannot be paired with this mentee/)
    expect(!refused.ok && refused.message).not.toMatch(/block/i)
  })

  it('refuses ids of the wrong shape and mentees not in the round with 4xx answers', async () => {
    expect(await adjustPair(payload, staff, round.id, second.id, 'not-an-id')).toMatchObject({ ok: false, status: 400 })
    expect(await adjustPair(payload, staff, round.id, student.id, ben.profile.id)).toMatchObject({ ok: false, status: 404 })
    expect(await adjustPair(payload, staff, 'nonsense', second.id, ben.profile.id)).toMatchObject({ ok: false, status: 404 })
  })

  it('marks a pair staff changed, and lets staff leave a mentee without a mentor this round', async () => {
    const changed = await adjustPair(payload, staff, round.id, second.id, blockedMentor.profile.id)
    if (!changed.ok) throw new Error(changed.message)
    expect(pairOf(changed.round, second)).toMatchObject({ profile: blockedMentor.profile.id, adjusted: true })
    const none = await adjustPair(payload, staff, round.id, second.id, null)
    if (!none.ok) throw new Error(none.message)
    expect(pairOf(none.round, second)).toMatchObject({ profile: null, adjusted: true })
    const back = await adjustPair(payload, staff, round.id, second.id, ben.profile.id)
    if (!back.ok) throw new Error(back.message)
    round = back.round
  })

  it('sends the introductions once: accepted requests in the programme, and an email to each person naming the other without an address', async () => {
    const token = await tokenOf(staff)
    // Two clicks at once: one sends, the other is told it was sent.
    const [one, two] = await Promise.all([
      api(`/program-matching/rounds/${round.id}/send`, { token, method: 'POST' }),
      api(`/program-matching/rounds/${round.id}/send`, { token, method: 'POST' }),
    ])
    expect([one.status, two.status].sort()).toEqual([200, 409])

    const requests = await requestsIn(program)
    expect(requests).toHaveLength(2)
    expect(requests.every((request) => request.status === 'accepted' && request.respondedAt)).toBe(true)
    const pairs = requests.map((request) => [String(request.student), String(request.mentor)]).sort()
    expect(pairs).toEqual(
      [
        [String(first.id), String(ada.user.id)],
        [String(second.id), String(ben.user.id)],
      ].sort(),
    )
    const stored = await payload.findByID({ collection: 'match-rounds', id: round.id, depth: 0, overrideAccess: true })
    expect(stored.status).toBe('sent')
    expect(stored.sentAt).toBeTruthy()
    expect(stored.pairs!.every((pair) => pair.request != null)).toBe(true)
    // The mentors' loads count the new mentorships.
    const adaProfile = await payload.findByID({ collection: 'mentor-profiles', id: ada.profile.id, depth: 0, overrideAccess: true })
    expect(adaProfile).toMatchObject({ activeMentees: 1, availability: 'full' })

    const [toMentee] = await outboxFor(first.email)
    expect(toMentee.subject).toBe(`Meet your mentor in ${program.name}: ${ada.user.chosenName}`)
    expect(toMentee.text).toContain('Also speaks Portuguese')
    // The mentee may read their own wish among the reasons; the mentor never sees it.
    expect(toMentee.text).toContain('Shares your experience as someone who moved countries')
    const [toMentor] = await outboxFor(ada.user.email)
    expect(toMentor.subject).toBe(`Your new mentee in ${program.name}: ${first.chosenName}`)
    for (const email of [toMentee, toMentor]) {
      for (const address of [first.email, ada.user.email]) {
        expect(email.text).not.toContain(address)
        expect(email.html).not.toContain(address)
      }
    }
    expect(toMentor.text).not.toMatch(/experience/i)
  })

  it('sending again makes no second mentorship or email', async () => {
    const again = await sendIntroductions(payload, staff, round.id)
    expect(again).toMatchObject({ ok: false, status: 409 })
    expect(await requestsIn(program)).toHaveLength(2)
    expect(await outboxFor(first.email)).toHaveLength(1)
    expect(await adjustPair(payload, staff, round.id, first.id, null)).toMatchObject({ ok: false, status: 409 })
  })

  it('has nobody left to match afterwards', async () => {
    expect(await proposeRound(payload, staff, program.id)).toMatchObject({ ok: false, status: 409 })
  })
})

describe('who may match', () => {
  let program: Program
  let round: MatchRound

  beforeAll(async () => {
    program = await newProgram()
    await mentorIn(program, { sharedExperience: ['poc'] })
    await menteeIn(program, { sharedExperience: ['poc'] })
    round = await propose(program)
  })

  it('refuses another organisation’s staff, a student and a visitor through the endpoints', async () => {
    const other = await tokenOf(otherStaff)
    const mine = await tokenOf(student)
    for (const [token, status] of [
      [other, 403],
      [mine, 403],
      [undefined, 401],
    ] as const) {
      expect((await api(`/program-matching/${program.id}/propose`, { token, method: 'POST' })).status).toBe(status)
      // A round of someone else's programme is not found at all.
      const adjust = await api(`/program-matching/rounds/${round.id}/adjust`, {
        token,
        method: 'POST',
        body: { mentee: String(round.pairs![0].mentee), profile: 'none' },
      })
      expect(adjust.status).toBe(status === 401 ? 401 : 404)
      expect((await api(`/program-matching/rounds/${round.id}/send`, { token, method: 'POST' })).status).toBe(status === 401 ? 401 : 404)
    }
    const stored = await payload.findByID({ collection: 'match-rounds', id: round.id, depth: 0, overrideAccess: true })
    expect(stored.status).toBe('draft')
    expect(stored.pairs![0].adjusted).toBe(false)
  })

  it('answers bad input with a 4xx, never a 500', async () => {
    const token = await tokenOf(staff)
    expect((await api(`/program-matching/not-a-programme/propose`, { token, method: 'POST' })).status).toBe(404)
    expect((await api(`/program-matching/rounds/${round.id}/adjust`, { token, method: 'POST', body: {} })).status).toBe(400)
    const self = await newProgram({ matching: 'self' })
    const response = await api(`/program-matching/${self.id}/propose`, { token, method: 'POST' })
    expect(response.status).toBe(409)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/mentees choose their own mentor/)
  })

  it('lets only the programme’s staff read its rounds through REST and GraphQL', async () => {
    const rounds = async (token?: string) => ((await (await api('/match-rounds?depth=0', { token })).json()) as { docs?: { id: number }[] }).docs ?? []
    expect((await rounds(await tokenOf(staff))).map((each) => each.id)).toContain(round.id)
    for (const token of [await tokenOf(otherStaff), await tokenOf(student), undefined]) {
      expect((await rounds(token)).map((each) => each.id)).not.toContain(round.id)
      const byGraphql = (await (await graphql('{ MatchRounds { docs { id pairs { menteeName reasons } } } }', token)).json()) as {
        data?: { MatchRounds?: { docs: { id: number }[] } | null }
      }
      expect((byGraphql.data?.MatchRounds?.docs ?? []).map((each) => each.id)).not.toContain(round.id)
    }
  })

  it('never shows staff a shared-experience reason, even through the API', async () => {
    const body = JSON.stringify(await (await api(`/match-rounds/${round.id}?depth=0`, { token: await tokenOf(staff) })).json())
    expect(body).not.toMatch(/experience|colour/i)
  })
})
