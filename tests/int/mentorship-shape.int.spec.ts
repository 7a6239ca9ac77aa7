import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { programHealth } from '@/mentorship/health'
import { answerRequest, endMentorship, sendMentorshipRequest } from '@/mentorship/requests'
import {
  answerCheckIn,
  askForCheckIn,
  askForClosingFeedback,
  giveClosingFeedback,
  markWorryHandled,
  mentorshipShapeFor,
  raiseWorry,
  saveAgreement,
  shapeTasksFor,
  startMissingShapes,
} from '@/mentorship/shape'
import { guardedREST } from '@/server/api-route'

import type { MentorshipAgreement, Organization, Program, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A mentorship in Lakeside's mentors programme takes its shape: the agreement both confirm (from
 * the programme's template), check-ins every three weeks answered privately by each side, an
 * "I'm worried" that reaches Lakeside's staff and never the other person, and closing feedback
 * once it ends. Lakeside's staff follow it in the health view; Northwind's staff see nothing.
 */

type Id = number | string
const day = 24 * 60 * 60 * 1000
const week = 7 * day

let payload: Payload
let config: SanitizedConfig
let lakeside: Organization
let program: Program
let staff: User
let otherStaff: User
let admin: User
let stranger: User
let serial = 0
let address = 0
const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

const tokens = new Map<Id, string>()
async function tokenOf(user: User) {
  if (!tokens.has(user.id))
    tokens.set(user.id, (await payload.login({ collection: 'users', data: { email: user.email, password: 'a-long-test-password' } })).token!)
  return tokens.get(user.id)!
}
async function rest(apiPath: string, user?: User) {
  const route = guardedREST(config, (request) => handleEndpoints({ config, request }))
  const headers: Record<string, string> = user ? { Authorization: `JWT ${await tokenOf(user)}` } : {}
  return route(new Request(`http://localhost:3000/api/${apiPath}`, { headers }), { params: Promise.resolve({}) })
}
async function graphql(query: string, user?: User) {
  const response = await GRAPHQL_POST(Promise.resolve(config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(user ? { Authorization: `JWT ${await tokenOf(user)}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, { docs?: Record<string, unknown>[] } | null>; errors?: { message: string }[] }
}

const outboxFor = async (to: string, purpose?: string) =>
  (
    await payload.find({
      collection: 'emails',
      where: { and: [{ to: { equals: to } }, ...(purpose ? [{ purpose: { equals: purpose } }] : [])] },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs
const jobsFor = async (requestId: Id, task: string) =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } }, overrideAccess: true, pagination: false, depth: 0 })).docs.filter(
    (job) => (job.input as { requestId?: string } | null)?.requestId === String(requestId),
  )
const agreementOf = async (requestId: Id): Promise<MentorshipAgreement> =>
  (await payload.find({ collection: 'mentorship-agreements', where: { request: { equals: requestId } }, overrideAccess: true, depth: 0 })).docs[0]

/** A student and a mentor in a mentorship accepted at `acceptedAt`, within Lakeside's programme unless `outside`. */
async function mentorship({ acceptedAt = new Date(), outside = false }: { acceptedAt?: Date; outside?: boolean } = {}) {
  serial += 1
  const { user: mentor, profile } = await listMember(payload, { name: `Shape Mentor ${serial}`, lastActiveAt: new Date().toISOString() })
  await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { capacity: 10 }, overrideAccess: true })
  const student = (await createUser(payload, ['career-candidate'], { chosenName: `Shape Student ${serial}` })) as User
  if (!outside) {
    for (const [user, side] of [
      [mentor, 'mentor'],
      [student, 'mentee'],
    ] as const) {
      await payload.create({
        collection: 'program-memberships',
        data: { program: program.id, user: user.id, memberName: user.chosenName, side, status: 'active' } as never,
        overrideAccess: true,
      })
    }
  }
  const sent = await sendMentorshipRequest(
    payload,
    student,
    profile.slug,
    {
      helpWith: 'applications',
      message: 'I would love help shaping my applications for graduate roles this spring.',
      ...(outside ? {} : { program: program.slug }),
    },
    from(),
    new Date(acceptedAt.getTime() - day),
  )
  if (!sent.ok) throw new Error(`Request refused: ${JSON.stringify(sent.errors)}`)
  const accepted = await answerRequest(payload, mentor, sent.requestId, 'accept', '', acceptedAt)
  if (!accepted.ok) throw new Error(`Accept refused: ${JSON.stringify(accepted.errors)}`)
  return { mentor, student, requestId: sent.requestId }
}

const filled = (now = new Date()) => ({
  goals: 'Land a first analyst role; practise interviews.',
  meetingFrequency: 'fortnightly',
  how: 'video',
  endsOn: dayOf(new Date(now.getTime() + 10 * week)),
})

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  config = await (await import('@payload-config')).default
  const organization = (name: string) =>
    payload.create({ collection: 'organizations', data: { name, kind: 'career-center', slug: '', plan: { status: 'none' } } as never, overrideAccess: true })
  lakeside = await organization('Lakeside Shape Career Center')
  const northwind = await organization('Northwind Shape Career Center')
  program = await payload.create({
    collection: 'programs',
    data: {
      name: 'Lakeside Mentors',
      slug: 'lakeside-shape-mentors',
      status: 'open',
      summary: 'Mentoring for Lakeside students.',
      organization: lakeside.id,
      contactEmail: 'mentoring@lakeside.example.edu',
      agreementTemplate: {
        goalsPrompt: 'What do you want from this term?',
        lengthWeeks: 10,
        terms: 'We meet as agreed and keep Lakeside’s code.',
        checkInEveryWeeks: 3,
      },
    } as never,
    overrideAccess: true,
  })
  staff = (await createUser(payload, ['career-center-staff'], { organization: lakeside.id, organizationRole: 'staff' })) as User
  otherStaff = (await createUser(payload, ['career-center-staff'], { organization: northwind.id, organizationRole: 'staff' })) as User
  admin = (await createUser(payload, ['admin'])) as User
  stranger = (await createUser(payload, ['career-candidate'])) as User
})
afterAll(() => stopTestPayload(payload))

describe('the agreement', () => {
  it('is created when the mentor accepts, from the programme’s template, with the first check-in queued', async () => {
    const acceptedAt = new Date(Date.now() - day)
    const { requestId } = await mentorship({ acceptedAt })
    const agreement = await agreementOf(requestId)
    expect(agreement).toMatchObject({ program: program.id, terms: 'We meet as agreed and keep Lakeside’s code.', checkInEveryWeeks: 3 })
    expect(Date.parse(agreement.endsOn!) - acceptedAt.getTime()).toBe(10 * week)
    expect(agreement.studentConfirmedAt ?? null).toBeNull()
    expect(agreement.mentorConfirmedAt ?? null).toBeNull()
    const [job] = await jobsFor(requestId, 'ask-for-check-in')
    expect(job.input).toMatchObject({ round: 1 })
    expect(Date.parse(job.waitUntil!) - acceptedAt.getTime()).toBe(3 * week)
  })

  it('outside a programme uses the platform’s template', async () => {
    const acceptedAt = new Date()
    const { requestId, student } = await mentorship({ acceptedAt, outside: true })
    const agreement = await agreementOf(requestId)
    expect(agreement.checkInEveryWeeks).toBe(4)
    expect(Date.parse(agreement.endsOn!) - acceptedAt.getTime()).toBe(12 * week)
    const shape = await mentorshipShapeFor(payload, student, requestId)
    expect(shape?.agreement?.goalsPrompt).toMatch(/in your own words/)
    expect(shape?.programName).toBeNull()
  })

  it('is confirmed by each side; a change clears the other side’s confirmation and emails them', async () => {
    const { requestId, student, mentor } = await mentorship()
    const first = await saveAgreement(payload, student, requestId, filled())
    expect(first).toMatchObject({ ok: true, changed: true, bothConfirmed: false })
    expect(await outboxFor(mentor.email, 'mentorship-agreement-changed')).toHaveLength(1)
    const mentorView = await mentorshipShapeFor(payload, mentor, requestId)
    expect(mentorView?.agreement).toMatchObject({ goals: filled().goals, confirmedByMe: null })
    expect(mentorView?.agreement?.confirmedByOther).toBeTruthy()

    // The mentor confirms as it stands: nothing changed, so the student stays confirmed and is not emailed.
    const confirmed = await saveAgreement(payload, mentor, requestId, filled())
    expect(confirmed).toMatchObject({ ok: true, changed: false, bothConfirmed: true })
    expect(await outboxFor(student.email, 'mentorship-agreement-changed')).toHaveLength(0)
    let agreement = await agreementOf(requestId)
    expect(agreement.studentConfirmedAt).toBeTruthy()
    expect(agreement.mentorConfirmedAt).toBeTruthy()

    // The mentor moves the end date: the student must confirm again, and hears so.
    const moved = await saveAgreement(payload, mentor, requestId, { ...filled(), endsOn: dayOf(new Date(Date.now() + 14 * week)) })
    expect(moved).toMatchObject({ ok: true, changed: true })
    agreement = await agreementOf(requestId)
    expect(agreement.studentConfirmedAt ?? null).toBeNull()
    expect(agreement.mentorConfirmedAt).toBeTruthy()
    const [email] = await outboxFor(student.email, 'mentorship-agreement-changed')
    expect(email.text).toContain(`${mentor.chosenName} saved your mentorship agreement with a change`)
    expect(email.text).not.toContain(mentor.email)
  })

  it('keeps the goals in the student’s words: the mentor’s save leaves them as they are', async () => {
    const { requestId, student, mentor } = await mentorship()
    await saveAgreement(payload, student, requestId, filled())
    await saveAgreement(payload, mentor, requestId, { ...filled(), goals: 'Something the mentor typed' })
    expect((await agreementOf(requestId)).goals).toBe(filled().goals)
  })

  it('refuses bad input with a message on each field, and a stranger with a 404', async () => {
    const { requestId, student } = await mentorship()
    const refused = await saveAgreement(payload, student, requestId, {
      goals: 'x'.repeat(1501),
      meetingFrequency: 'hourly',
      how: '',
      endsOn: dayOf(new Date(Date.now() - day)),
    })
    expect(refused).toMatchObject({ ok: false, status: 400 })
    if (refused.ok) return
    expect(refused.errors.goals).toMatch(/1,500 characters/)
    expect(refused.errors.meetingFrequency).toMatch(/how often/)
    expect(refused.errors.how).toMatch(/how you will meet/)
    expect(refused.errors.endsOn).toMatch(/after today/)
    const tooFar = await saveAgreement(payload, student, requestId, { ...filled(), endsOn: dayOf(new Date(Date.now() + 800 * day)) })
    expect(tooFar.ok === false && tooFar.errors.endsOn).toMatch(/within two years/)
    const notADay = await saveAgreement(payload, student, requestId, { ...filled(), endsOn: '2027-02-31' })
    expect(notADay.ok === false && notADay.errors.endsOn).toMatch(/as a day/)
    expect(await saveAgreement(payload, stranger, requestId, filled())).toMatchObject({ ok: false, status: 404 })
  })

  it('keeps the goals from staff and admins through REST, and from a stranger and another organisation’s staff altogether', async () => {
    const { requestId, student, mentor } = await mentorship()
    await saveAgreement(payload, student, requestId, filled())
    const read = async (user: User) => {
      const response = await rest(`mentorship-agreements?where[request][equals]=${requestId}&depth=0`, user)
      return ((await response.json()) as { docs: Record<string, unknown>[] }).docs
    }
    expect((await read(student))[0]?.goals).toBe(filled().goals)
    expect((await read(mentor))[0]?.goals).toBe(filled().goals)
    const [staffSees] = await read(staff)
    expect(staffSees?.endsOn).toBeTruthy()
    expect(staffSees?.goals).toBeUndefined()
    expect((await read(admin))[0]?.goals).toBeUndefined()
    expect(await read(otherStaff)).toEqual([])
    expect(await read(stranger)).toEqual([])
  })
})

describe('check-ins', () => {
  it('are asked of both by the job, which queues the next round; each side answers a round once', async () => {
    const { requestId, student, mentor } = await mentorship({ acceptedAt: new Date(Date.now() - 4 * week) })
    expect(await askForCheckIn(payload, requestId, 1)).toBe('asked')
    for (const member of [student, mentor]) {
      const [email] = await outboxFor(member.email, 'mentorship-check-in')
      expect(email.subject).toMatch(/^How is it going with /)
      expect(email.text).toContain(`/account/requests/${requestId}#check-in`)
    }
    expect((await outboxFor(student.email, 'mentorship-check-in'))[0].text).not.toContain(mentor.email)
    const rounds = (await jobsFor(requestId, 'ask-for-check-in')).map((job) => (job.input as { round: number }).round).sort()
    expect(rounds).toContain(2)

    expect((await mentorshipShapeFor(payload, student, requestId))?.checkInDue).toBe(1)
    expect(await answerCheckIn(payload, student, requestId, { round: 1, mood: 'going-well', comment: 'Our calls help a lot.' })).toMatchObject({ ok: true })
    expect(await answerCheckIn(payload, student, requestId, { round: 1, mood: 'okay' })).toMatchObject({ ok: false, status: 409 })
    expect(await answerCheckIn(payload, mentor, requestId, { round: 1, mood: 'not-well', comment: 'We keep missing each other.' })).toMatchObject({ ok: true })
    expect((await mentorshipShapeFor(payload, student, requestId))?.checkInDue).toBeNull()

    // Each reads only their own answer.
    const studentView = await mentorshipShapeFor(payload, student, requestId)
    expect(studentView?.myCheckIns.map((answer) => answer.mood)).toEqual(['going-well'])
    const mentorView = await mentorshipShapeFor(payload, mentor, requestId)
    expect(mentorView?.myCheckIns.map((answer) => answer.mood)).toEqual(['not-well'])
  })

  it('are not asked once the mentorship ended, and a bad mood is refused on its field', async () => {
    const { requestId, student } = await mentorship({ acceptedAt: new Date(Date.now() - 4 * week) })
    const bad = await answerCheckIn(payload, student, requestId, { mood: 'ecstatic' })
    expect(bad).toMatchObject({ ok: false, status: 400 })
    expect(bad.ok === false && bad.errors.mood).toMatch(/how it is going/)
    await endMentorship(payload, student, requestId)
    expect(await askForCheckIn(payload, requestId, 1)).toBe('nothing-to-do')
    expect(await outboxFor(student.email, 'mentorship-check-in')).toHaveLength(0)
  })

  it('are not due before the first round', async () => {
    const { requestId, student } = await mentorship()
    expect((await mentorshipShapeFor(payload, student, requestId))?.checkInDue).toBeNull()
    expect(await answerCheckIn(payload, student, requestId, { mood: 'okay' })).toMatchObject({ ok: false, status: 409 })
  })
})

describe('worries', () => {
  it('reach the programme’s contact address and its staff, thank the author, and never tell the other person', async () => {
    const { requestId, student, mentor } = await mentorship()
    expect(await raiseWorry(payload, student, requestId, { note: 'They cancelled three times and I feel brushed off.' }, from())).toMatchObject({ ok: true })
    const [notice] = await outboxFor('mentoring@lakeside.example.edu', 'mentorship-worry')
    expect(notice.subject).toBe('A worry about a mentorship in Lakeside Mentors')
    expect(notice.text).toContain(`/admin/program-health/${program.id}`)
    expect(notice.text).not.toContain(student.email)
    expect(await outboxFor(staff.email, 'mentorship-worry')).not.toHaveLength(0)
    expect(await outboxFor(otherStaff.email, 'mentorship-worry')).toHaveLength(0)
    expect(await outboxFor(student.email, 'mentorship-worry-acknowledgement')).toHaveLength(1)
    const toMentor = await outboxFor(mentor.email)
    expect(toMentor.filter((email) => (email.purpose ?? '').startsWith('mentorship-worry'))).toHaveLength(0)
  })

  it('outside a programme reach the admins', async () => {
    const { requestId, mentor } = await mentorship({ outside: true })
    expect(await raiseWorry(payload, mentor, requestId, { note: 'My mentee asked for my home address.' }, from())).toMatchObject({ ok: true })
    const [notice] = await outboxFor(admin.email, 'mentorship-worry')
    expect(notice.subject).toBe('A worry about a mentorship')
    expect(await outboxFor(staff.email, 'mentorship-worry')).toHaveLength(1) // only the earlier, Lakeside one
  })

  it('need a note of 10 to 2,000 characters', async () => {
    const { requestId, student } = await mentorship()
    const short = await raiseWorry(payload, student, requestId, { note: 'Hmm' }, from())
    expect(short).toMatchObject({ ok: false, status: 400 })
    expect(short.ok === false && short.errors.note).toMatch(/at least 10/)
    const long = await raiseWorry(payload, student, requestId, { note: 'x'.repeat(2001) }, from())
    expect(long.ok === false && long.errors.note).toMatch(/2,000/)
    expect(await raiseWorry(payload, stranger, requestId, { note: 'I am not in this mentorship.' }, from())).toMatchObject({ ok: false, status: 404 })
  })
})

describe('closing feedback', () => {
  it('is asked of both after the end and given once by each side', async () => {
    const { requestId, student, mentor } = await mentorship()
    expect(await giveClosingFeedback(payload, student, requestId, { rating: 5 })).toMatchObject({ ok: false, status: 409 })
    await endMentorship(payload, mentor, requestId)
    const [job] = await jobsFor(requestId, 'ask-for-closing-feedback')
    expect(Date.parse(job.waitUntil!)).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000)

    const bad = await giveClosingFeedback(payload, student, requestId, { rating: '7' })
    expect(bad.ok === false && bad.errors.rating).toMatch(/1 to 5/)
    expect(await giveClosingFeedback(payload, student, requestId, { rating: '4', comment: 'Kind and practical.' })).toMatchObject({ ok: true })
    expect(await giveClosingFeedback(payload, student, requestId, { rating: '1' })).toMatchObject({ ok: false, status: 409 })

    // The job asks only the side that has not answered yet.
    expect(await askForClosingFeedback(payload, requestId)).toBe('asked')
    expect(await outboxFor(student.email, 'mentorship-closing-feedback')).toHaveLength(0)
    expect(await outboxFor(mentor.email, 'mentorship-closing-feedback')).toHaveLength(1)
    expect(await giveClosingFeedback(payload, mentor, requestId, { rating: '3' })).toMatchObject({ ok: true })
    expect((await mentorshipShapeFor(payload, mentor, requestId))?.myClosingFeedback).toMatchObject({ rating: 3 })
  })
})

describe('who reads check-ins, worries and feedback', () => {
  let requestId: Id
  let student: User
  let mentor: User

  beforeAll(async () => {
    ;({ requestId, student, mentor } = await mentorship({ acceptedAt: new Date(Date.now() - 4 * week) }))
    await answerCheckIn(payload, student, requestId, { mood: 'not-well', comment: 'Private check-in words.' })
    await raiseWorry(payload, student, requestId, { note: 'Private worry words, for staff.' }, from())
    await endMentorship(payload, student, requestId)
    await giveClosingFeedback(payload, student, requestId, { rating: 2, comment: 'Private closing words.' })
  })

  const viaRest = async (user: User) => {
    const response = await rest(`mentorship-feedback?where[request][equals]=${requestId}&depth=0&limit=50`, user)
    return ((await response.json()) as { docs?: Record<string, unknown>[] }).docs ?? []
  }

  it('the author, the programme’s staff and admins read them through REST', async () => {
    for (const reader of [student, staff, admin]) {
      const docs = await viaRest(reader)
      expect(docs.map((doc) => doc.kind).sort()).toEqual(['check-in', 'end', 'worry'])
      expect(docs.map((doc) => doc.comment)).toContain('Private worry words, for staff.')
    }
  })

  it('the other member, a stranger and another organisation’s staff get nothing, through REST or GraphQL', async () => {
    for (const outsider of [mentor, stranger, otherStaff]) {
      expect(await viaRest(outsider)).toEqual([])
      const byId = await rest(
        `mentorship-feedback/${(await payload.find({ collection: 'mentorship-feedback', where: { request: { equals: requestId } }, overrideAccess: true, limit: 1 })).docs[0].id}`,
        outsider,
      )
      expect(byId.status).toBeGreaterThanOrEqual(400)
      const answer = await graphql(
        `
          {
            MentorshipFeedbacks(limit: 50) {
              docs {
                id
                kind
                comment
              }
            }
          }
        `,
        outsider,
      )
      expect(answer.errors).toBeUndefined()
      expect(answer.data?.MentorshipFeedbacks?.docs).toEqual([])
    }
    // GraphQL answers the author (so the query itself is sound).
    const own = await graphql(
      `
        {
          MentorshipFeedbacks(limit: 50) {
            docs {
              id
              kind
              comment
            }
          }
        }
      `,
      student,
    )
    expect(own.errors).toBeUndefined()
    expect(JSON.stringify(own.data)).toContain('Private closing words.')
  })

  it('nor does the other member read them on the request page’s data', async () => {
    const view = await mentorshipShapeFor(payload, mentor, requestId)
    expect(view?.myCheckIns).toEqual([])
    expect(view?.myWorries).toEqual([])
    expect(view?.myClosingFeedback).toBeNull()
    expect(JSON.stringify(view)).not.toContain('Private')
  })
})

describe('what the dashboard asks of each side', () => {
  it('lists an agreement to confirm, a check-in due and closing feedback, for each side its own, and none once done', async () => {
    const now = new Date()
    const fresh = await mentorship({ acceptedAt: now })
    const due = await mentorship({ acceptedAt: new Date(now.getTime() - 4 * week) })
    const kindsOf = async (member: User) =>
      (await shapeTasksFor(payload, member, now))
        .map((task) => ({ requestId: String(task.requestId), kind: task.kind, otherName: task.otherName }))
        .sort((a, b) => `${a.requestId}${a.kind}`.localeCompare(`${b.requestId}${b.kind}`))

    expect(await kindsOf(fresh.student)).toEqual([{ requestId: String(fresh.requestId), kind: 'confirm-agreement', otherName: fresh.mentor.chosenName }])
    // Three weeks per round in Lakeside: four weeks in, the first is due for both sides.
    expect((await kindsOf(due.mentor)).map((task) => task.kind)).toEqual(['check-in', 'confirm-agreement'])

    expect((await saveAgreement(payload, fresh.student, fresh.requestId, filled(now), now)).ok).toBe(true)
    expect(await kindsOf(fresh.student)).toEqual([])
    // The student's save asks the mentor again; their list says so.
    expect((await kindsOf(fresh.mentor)).map((task) => task.kind)).toEqual(['confirm-agreement'])

    expect((await answerCheckIn(payload, due.mentor, due.requestId, { mood: 'going-well' }, now)).ok).toBe(true)
    expect((await kindsOf(due.mentor)).map((task) => task.kind)).toEqual(['confirm-agreement'])
    // The student's own check-in is still theirs to answer.
    expect((await kindsOf(due.student)).map((task) => task.kind)).toEqual(['check-in', 'confirm-agreement'])

    expect((await endMentorship(payload, due.student, due.requestId, now)).ok).toBe(true)
    expect((await kindsOf(due.student)).map((task) => task.kind)).toEqual(['closing-feedback'])
    expect((await giveClosingFeedback(payload, due.student, due.requestId, { rating: 5, comment: 'Thank you.' })).ok).toBe(true)
    expect(await kindsOf(due.student)).toEqual([])
    expect((await kindsOf(due.mentor)).map((task) => task.kind)).toEqual(['closing-feedback'])
  })

  it('reads a mentorship without an agreement without writing one: the template shows, and the first save creates it', async () => {
    const { student, requestId } = await mentorship()
    await payload.delete({ collection: 'mentorship-agreements', where: { request: { equals: requestId } }, overrideAccess: true })
    const shape = await mentorshipShapeFor(payload, student, requestId)
    expect(shape?.agreement).toMatchObject({ goals: '', goalsPrompt: 'What do you want from this term?', confirmedByMe: null, checkInEveryWeeks: 3 })
    expect((await shapeTasksFor(payload, student)).map((task) => task.kind)).toEqual(['confirm-agreement'])
    expect(await agreementOf(requestId)).toBeUndefined()
    expect((await saveAgreement(payload, student, requestId, filled())).ok).toBe(true)
    expect((await agreementOf(requestId)).studentConfirmedAt).toBeTruthy()
  })

  it('without an agreement counts check-ins by the programme’s template, not the platform’s', async () => {
    // Three and a half weeks in: Lakeside's first three-week round is due; the platform's four-week one would not be.
    const { mentor, requestId } = await mentorship({ acceptedAt: new Date(Date.now() - 3.5 * week) })
    await payload.delete({ collection: 'mentorship-agreements', where: { request: { equals: requestId } }, overrideAccess: true })
    expect((await shapeTasksFor(payload, mentor)).map((task) => task.kind)).toEqual(['confirm-agreement', 'check-in'])
    expect((await mentorshipShapeFor(payload, mentor, requestId))?.checkInDue).toBe(1)
  })

  it('are started for mentorships accepted before agreements existed, once, by the migration’s startMissingShapes', async () => {
    // Those other tests left without one are started first, so that only this one counts below.
    await startMissingShapes(payload)
    const { requestId } = await mentorship({ acceptedAt: new Date(Date.now() - 2 * week) })
    const { requestId: untouched } = await mentorship()
    const before = await agreementOf(untouched)
    await payload.delete({ collection: 'mentorship-agreements', where: { request: { equals: requestId } }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'ask-for-check-in' } }, overrideAccess: true })

    expect(await startMissingShapes(payload)).toBe(1)
    expect(await agreementOf(requestId)).toMatchObject({ goals: '', checkInEveryWeeks: 3, terms: 'We meet as agreed and keep Lakeside’s code.' })
    expect((await jobsFor(requestId, 'ask-for-check-in')).map((job) => (job.input as { round: number }).round)).toEqual([1])
    expect(await agreementOf(untouched)).toEqual(before)
    expect(await startMissingShapes(payload)).toBe(0)
  })
})

describe('the health view', () => {
  it('flags a side that left a check-in unanswered, an open worry and an end date passed, those first, for the programme’s staff only', async () => {
    const quiet = await mentorship({ acceptedAt: new Date(Date.now() - 5 * week) })
    await answerCheckIn(payload, quiet.student, quiet.requestId, { mood: 'going-well' })
    const worried = await mentorship({ acceptedAt: new Date(Date.now() - day) })
    await raiseWorry(payload, worried.mentor, worried.requestId, { note: 'I think my mentee is struggling a lot.' }, from())
    const overdue = await mentorship({ acceptedAt: new Date(Date.now() - day) })
    await payload.update({
      collection: 'mentorship-agreements',
      id: (await agreementOf(overdue.requestId)).id,
      data: { endsOn: new Date(Date.now() - 2 * day).toISOString() },
      overrideAccess: true,
    })
    const healthy = await mentorship({ acceptedAt: new Date(Date.now() - day) })
    await saveAgreement(payload, healthy.student, healthy.requestId, filled())

    const health = await programHealth(payload, program.id, staff)
    expect(health).not.toBeNull()
    const row = (requestId: Id) => health!.mentorships.find((each) => String(each.requestId) === String(requestId))!
    expect(row(quiet.requestId)).toMatchObject({ needsAttention: true, student: { noCheckIn: false }, mentor: { noCheckIn: true } })
    expect(row(quiet.requestId).student.lastCheckIn).toMatchObject({ round: 1, mood: 'going-well' })
    expect(row(worried.requestId).openWorries).toEqual([expect.objectContaining({ side: 'mentor', note: 'I think my mentee is struggling a lot.' })])
    expect(row(overdue.requestId)).toMatchObject({ overdue: true, needsAttention: true })
    expect(row(healthy.requestId)).toMatchObject({ needsAttention: false, student: { confirmedAt: expect.any(String) }, mentor: { confirmedAt: null } })
    expect(health!.mentorships[0].openWorries.length).toBeGreaterThan(0)
    expect(health!.mentorships.at(-1)!.needsAttention).toBe(false)
    expect(health!.counts.overdue).toBeGreaterThanOrEqual(1)
    expect(health!.counts.noCheckIn).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(health)).not.toContain('@')

    // Another organisation's staff, a member and a visitor learn nothing; admins read it.
    expect(await programHealth(payload, program.id, otherStaff)).toBeNull()
    expect(await programHealth(payload, program.id, worried.student)).toBeNull()
    expect(await programHealth(payload, program.id, null)).toBeNull()
    expect(await programHealth(payload, program.id, admin)).not.toBeNull()

    // Staff mark the worry handled; Northwind's staff cannot.
    const worryId = row(worried.requestId).openWorries[0].id
    expect(await markWorryHandled(payload, otherStaff, worryId)).toMatchObject({ ok: false, status: 404 })
    expect(await markWorryHandled(payload, staff, worryId)).toMatchObject({ ok: true })
    const after = await programHealth(payload, program.id, staff)
    expect(after!.mentorships.find((each) => String(each.requestId) === String(worried.requestId))!.openWorries).toEqual([])
  })

  it('shows the closing feedback of ended mentorships', async () => {
    const ended = await mentorship()
    await endMentorship(payload, ended.student, ended.requestId)
    await giveClosingFeedback(payload, ended.mentor, ended.requestId, { rating: 5, comment: 'A joy to work with.' })
    const health = await programHealth(payload, program.id, staff)
    const row = health!.ended.find((each) => String(each.requestId) === String(ended.requestId))
    expect(row).toMatchObject({ mentor: { rating: 5, comment: 'A joy to work with.' }, student: null })
  })
})
