import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseDirectoryParams } from '@/directory/params'
import { answerRequest, sendMentorshipRequest, type RequestInput } from '@/mentorship/requests'
import { agreementsOwedBy } from '@/programs/agreements'
import { setHiddenFromListings } from '@/programs/listing'
import { programsInCommon } from '@/programs/requests'
import { searchMentors } from '@/queries/mentors'

import type { MentorProfile, Program, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A Career Candidate sends a request within a programme they and the mentor belong to: Lakeside's
 * mentors group asks for an answer within 5 days and lets each mentor take two mentees in it.
 */

const day = 24 * 60 * 60 * 1000
type Side = 'mentor' | 'mentee'

let payload: Payload
let serial = 0
let address = 0
const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })
const ask = (program?: string): RequestInput => ({
  helpWith: 'applications',
  message: 'I am applying for my first graduate roles and would love a second pair of eyes on my letters.',
  ...(program ? { program } : {}),
})

async function newProgram(data: Partial<Program> = {}): Promise<Program> {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: {
      name: `Lakeside Mentors ${serial}`,
      slug: `lakeside-mentors-${serial}`,
      status: 'open',
      summary: 'Mentoring for Lakeside students.',
      ...data,
    } as never,
    overrideAccess: true,
  })
}

async function join(program: Program, user: User, side: Side, status = 'active', extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'program-memberships',
    data: { program: program.id, user: user.id, memberName: user.chosenName, side, status, ...extra } as never,
    overrideAccess: true,
  })
}

async function acceptAll(program: Program, user: User, side: Side) {
  for (const agreement of await agreementsOwedBy(payload, user.id, program.id, side)) {
    await payload.create({
      collection: 'program-acceptances',
      data: { user: user.id, program: program.id, agreement: agreement.id, versionNumber: agreement.currentVersion, acceptedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  }
}

let mentorSerial = 0
async function newMentor(): Promise<{ user: User; profile: MentorProfile }> {
  mentorSerial += 1
  return listMember(payload, { name: `Programme Mentor ${mentorSerial}`, lastActiveAt: new Date(Date.now() - mentorSerial * 1000).toISOString() })
}
const newStudent = async () => (await createUser(payload, ['career-candidate'])) as User
const requestById = (id: number | string) => payload.findByID({ collection: 'mentorship-requests', id, overrideAccess: true, depth: 0 })
const countRequests = async () => (await payload.count({ collection: 'mentorship-requests', overrideAccess: true })).totalDocs
const outboxFor = async (to: string) =>
  (await payload.find({ collection: 'emails', where: { to: { equals: to } }, sort: 'createdAt', overrideAccess: true, depth: 0, pagination: false })).docs
async function send(student: User, slug: string, input: RequestInput, now?: Date) {
  const result = await sendMentorshipRequest(payload, student, slug, input, from(), now)
  if (!result.ok) throw new Error(`The request was refused: ${JSON.stringify(result.errors)}`)
  return result.requestId
}
const jobsFor = async (requestId: number | string) =>
  (await payload.find({ collection: 'payload-jobs', overrideAccess: true, pagination: false, depth: 0 })).docs.filter(
    (job) => (job.input as { requestId?: string } | null)?.requestId === String(requestId),
  )

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
})
afterAll(() => stopTestPayload(payload))

describe('a request sent within a programme', () => {
  it('carries the programme, answers by its reply-by time, and says so in both emails', async () => {
    const program = await newProgram({ replyWithinDays: 5 })
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    await join(program, mentor, 'mentor')
    await join(program, student, 'mentee')

    expect(await programsInCommon(payload, student.id, mentor.id)).toEqual([{ slug: program.slug, name: program.name }])
    const id = await send(student, profile.slug, ask(program.slug))
    const request = await requestById(id)
    expect(request).toMatchObject({ status: 'pending', program: program.id })
    expect(Date.parse(request.expiresAt!) - Date.parse(request.createdAt)).toBe(5 * day)

    // The reminder comes at half the programme's time, the expiry at its end.
    const jobs = await jobsFor(id)
    const at = (task: string) => Date.parse(jobs.find((job) => job.taskSlug === task)!.waitUntil!) - Date.parse(request.createdAt)
    expect(at('remind-about-request')).toBe(2.5 * day)
    expect(at('expire-request')).toBe(5 * day)

    const [notice] = await outboxFor(mentor.email)
    expect(notice.text).toContain(`within ${program.name}`)
    expect(notice.text).toContain('Requests without an answer expire after 5 days.')
    const [confirmation] = await outboxFor(student.email)
    expect(confirmation.text).toContain(`Your request to ${mentor.chosenName} within ${program.name} is sent`)
    expect(confirmation.text).toContain('within 5 days')
  })

  it('expires by the programme’s time, while a request outside it keeps the platform’s 14 days', async () => {
    const program = await newProgram({ replyWithinDays: 5 })
    const { user: mentor, profile } = await newMentor()
    const { profile: otherProfile } = await newMentor()
    const student = await newStudent()
    await join(program, mentor, 'mentor')
    await join(program, student, 'mentee')
    const sixDaysAgo = new Date(Date.now() - 6 * day)
    const within = await send(student, profile.slug, ask(program.slug), sixDaysAgo)
    const outside = await send(student, otherProfile.slug, ask(), sixDaysAgo)

    await payload.jobs.run({ queue: 'default', limit: 100 })

    expect(await requestById(within)).toMatchObject({ status: 'expired', closedBy: 'platform' })
    const unchanged = await requestById(outside)
    expect(unchanged.status).toBe('pending')
    expect(unchanged.program ?? null).toBeNull()
    expect(Date.parse(unchanged.expiresAt!) - Date.parse(unchanged.createdAt)).toBe(14 * day)
    expect((await outboxFor(student.email)).map((email) => email.subject)).toContain(`Your request with ${mentor.chosenName} expired`)
    const expired = (await outboxFor(student.email)).find((email) => email.subject === `Your request with ${mentor.chosenName} expired`)!
    expect(expired.text).toContain('within 5 days')
  })

  it('is refused with a reason when either is not an active member on their side, and nothing is stored', async () => {
    const program = await newProgram()
    const { user: mentor, profile } = await newMentor()
    const outsider = await newStudent()
    const waiting = await newStudent()
    const member = await newStudent()
    await join(program, mentor, 'mentor')
    await join(program, waiting, 'mentee', 'awaiting-approval')
    await join(program, member, 'mentee')
    const before = await countRequests()

    for (const student of [outsider, waiting]) {
      expect(await sendMentorshipRequest(payload, student, profile.slug, ask(program.slug), from())).toEqual({
        ok: false,
        status: 403,
        errors: { form: `You are not a mentee in ${program.name} yet. Join it from /programs/${program.slug}, or send your request outside the programme.` },
      })
    }
    // The mentor is not in this one.
    const other = await newProgram()
    await join(other, member, 'mentee')
    expect(await sendMentorshipRequest(payload, member, profile.slug, ask(other.slug), from())).toMatchObject({
      status: 403,
      errors: { form: `${mentor.chosenName} does not mentor in ${other.name}. You can send your request outside the programme.` },
    })
    // A mentee membership does not make someone a mentor in it.
    const { user: menteeMentor, profile: menteeMentorProfile } = await newMentor()
    await join(program, menteeMentor, 'mentee')
    expect(await sendMentorshipRequest(payload, member, menteeMentorProfile.slug, ask(program.slug), from())).toMatchObject({ status: 403 })
    expect(await sendMentorshipRequest(payload, member, profile.slug, ask('no-such-programme'), from())).toMatchObject({ status: 404 })
    const draft = await newProgram({ status: 'draft' })
    await join(draft, mentor, 'mentor')
    await join(draft, member, 'mentee')
    expect(await sendMentorshipRequest(payload, member, profile.slug, ask(draft.slug), from())).toMatchObject({ status: 404 })
    expect(await countRequests()).toBe(before)
  })

  it('is refused while the mentee owes one of the programme’s current agreements, naming it and where to accept it', async () => {
    const program = await newProgram()
    await payload.create({
      collection: 'program-agreements',
      data: { program: program.id, title: 'Mentee agreement', appliesTo: 'mentee', body: paragraphs('Be on time.'), _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'program-agreements',
      data: { program: program.id, title: 'Mentor agreement', appliesTo: 'mentor', body: paragraphs('Reply promptly.'), _status: 'published' } as never,
      overrideAccess: true,
    })
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    await join(program, mentor, 'mentor')
    await join(program, student, 'mentee')
    const before = await countRequests()

    expect(await sendMentorshipRequest(payload, student, profile.slug, ask(program.slug), from())).toEqual({
      ok: false,
      status: 403,
      errors: {
        form: `Before you send a request within ${program.name}, please accept its current agreement: “Mentee agreement”. You can read and accept it at /account/programs/${program.slug}/agreements.`,
      },
    })
    expect(await countRequests()).toBe(before)
    // The mentor's own agreement is not the mentee's to accept.
    await acceptAll(program, student, 'mentee')
    expect(await send(student, profile.slug, ask(program.slug))).toBeDefined()
  })

  it('holds the programme’s mentees per mentor, while the same mentor still takes requests outside it', async () => {
    const program = await newProgram({ capacityPerMentor: 1 })
    const { user: mentor, profile } = await newMentor()
    const [first, second, third] = await Promise.all([newStudent(), newStudent(), newStudent()])
    await join(program, mentor, 'mentor')
    for (const student of [first, second, third]) await join(program, student, 'mentee')

    const firstId = await send(first, profile.slug, ask(program.slug))
    const waitingId = await send(third, profile.slug, ask(program.slug))
    expect(await answerRequest(payload, mentor, firstId, 'accept')).toEqual({ ok: true })

    const before = await countRequests()
    expect(await sendMentorshipRequest(payload, second, profile.slug, ask(program.slug), from())).toEqual({
      ok: false,
      status: 409,
      errors: {
        form: `${mentor.chosenName} is mentoring as many people in ${program.name} as it allows. You can ask another mentor in the programme, or send your request outside it.`,
      },
    })
    expect(await countRequests()).toBe(before)
    // Accepting a request already waiting in the programme is held to the same number.
    expect(await answerRequest(payload, mentor, waitingId, 'accept')).toEqual({
      ok: false,
      status: 409,
      errors: { form: `You are mentoring as many people in ${program.name} as it allows. End a mentorship in it that is over before accepting.` },
    })
    expect((await requestById(waitingId)).status).toBe('pending')

    // Outside the programme, only the mentor's own limit counts.
    const outsideId = await send(second, profile.slug, ask())
    expect(await answerRequest(payload, mentor, outsideId, 'accept')).toEqual({ ok: true })
    expect((await requestById(outsideId)).program ?? null).toBeNull()
  })

  it('is refused once the programme is archived or its mentoring period is over', async () => {
    const archived = await newProgram()
    const ended = await newProgram({ period: { mentoringEndsAt: new Date(Date.now() - day).toISOString() } })
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    for (const program of [archived, ended]) {
      await join(program, mentor, 'mentor')
      await join(program, student, 'mentee')
    }
    await payload.update({ collection: 'programs', id: archived.id, data: { status: 'archived' }, overrideAccess: true })
    expect(await programsInCommon(payload, student.id, mentor.id)).toEqual([])
    for (const program of [archived, ended]) {
      expect(await sendMentorshipRequest(payload, student, profile.slug, ask(program.slug), from())).toEqual({
        ok: false,
        status: 409,
        errors: { form: `Mentoring in ${program.name} has ended, so it takes no new requests. You can still send a request outside it.` },
      })
    }
  })
})

describe('the directory filtered to a programme', () => {
  const search = (slug: string, viewer: User | null = null, extra: Record<string, string> = {}) =>
    searchMentors(payload, parseDirectoryParams({ program: slug, show: 'all', ...extra }), viewer)
  const names = (result: Awaited<ReturnType<typeof search>>) => result.docs.map((card) => card.displayName).sort()

  it('lists only its active mentors who have not asked to be taken off, and honours that at once', async () => {
    const program = await newProgram()
    const listed = await newMentor()
    const hidden = await newMentor()
    const waiting = await newMentor()
    const left = await newMentor()
    const asMentee = await newMentor()
    await newMentor() // in the directory, not in the programme
    const listedMembership = await join(program, listed.user, 'mentor')
    await join(program, hidden.user, 'mentor', 'active', { hiddenFromListings: true })
    await join(program, waiting.user, 'mentor', 'awaiting-approval')
    await join(program, left.user, 'mentor', 'left', { leftAt: new Date().toISOString() })
    await join(program, asMentee.user, 'mentee')

    const result = await search(program.slug)
    expect(result.program).toEqual({ id: program.id, name: program.name, slug: program.slug })
    expect(names(result)).toEqual([listed.profile.displayName])
    expect(result.totalDocs).toBe(1)
    // Words and other filters narrow within the programme.
    expect(names(await search(program.slug, null, { q: 'nobody-matches-this' }))).toEqual([])

    // "Take me off this programme's mentoring pages": gone from the next search.
    expect(await setHiddenFromListings(payload, listed.user, { membership: String(listedMembership.id), hidden: true })).toEqual({
      ok: true,
      programSlug: program.slug,
      hidden: true,
    })
    expect(names(await search(program.slug))).toEqual([])
    await setHiddenFromListings(payload, listed.user, { membership: String(listedMembership.id), hidden: false })
    expect(names(await search(program.slug))).toEqual([listed.profile.displayName])
  })

  it('shows nobody for an unknown or non-public programme, and says which', async () => {
    const draft = await newProgram({ status: 'draft' })
    const archived = await newProgram({ status: 'archived' })
    for (const program of [draft, archived]) {
      const { user } = await newMentor()
      await join(program, user, 'mentor')
      const result = await search(program.slug)
      expect(result).toMatchObject({ program: null, totalDocs: 0, docs: [] })
    }
    expect(await search('no-such-programme')).toMatchObject({ program: null, totalDocs: 0 })
    // Without the filter the result carries no programme at all.
    expect(await searchMentors(payload, parseDirectoryParams({}), null)).not.toHaveProperty('program')
  })

  it('lets only the mentor themselves change their listing', async () => {
    const program = await newProgram()
    const mentor = await newMentor()
    const stranger = await newStudent()
    const membership = await join(program, mentor.user, 'mentor')
    expect(await setHiddenFromListings(payload, stranger, { membership: String(membership.id), hidden: true })).toMatchObject({ ok: false, status: 404 })
    expect(await setHiddenFromListings(payload, mentor.user, { membership: 'not an id', hidden: true })).toMatchObject({ ok: false, status: 400 })
    expect((await payload.findByID({ collection: 'program-memberships', id: membership.id, overrideAccess: true })).hiddenFromListings).toBe(false)
  })
})
