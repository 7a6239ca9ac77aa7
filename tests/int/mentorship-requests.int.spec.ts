import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leaveMentorsGroup, setPaused } from '@/accounts/involvement'
import { answerRequest, endMentorship, sendMentorshipRequest, sendRequestMessage, withdrawRequest, type RequestInput } from '@/mentorship/requests'
import { responseStats } from '@/mentorship/stats'

import type { User } from '../../payload-types'
import { listMember, profileOf } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

const day = 24 * 60 * 60 * 1000

describe('mentorship requests', () => {
  let payload: Payload
  let address = 0
  const from = () => ({ address: `203.0.113.${(address += 1) % 250}` })
  const ask = (overrides: Partial<RequestInput> = {}): RequestInput => ({
    helpWith: 'interviews',
    message: 'I have my first engineering interviews next month and I would love advice on preparing.',
    preferredTimes: 'Weekday evenings, Eastern time',
    ...overrides,
  })
  let mentorCount = 0
  const newMentor = async (extra: { capacity?: number; pronounsVisibility?: 'contacts' | 'public' } = {}) => {
    mentorCount += 1
    const listed = await listMember(payload, {
      name: `Mentor ${mentorCount}`,
      pronouns: 'they/them',
      lastActiveAt: new Date().toISOString(),
      pronounsVisibility: extra.pronounsVisibility ?? 'public',
    })
    if (extra.capacity) await payload.update({ collection: 'mentor-profiles', id: listed.profile.id, data: { capacity: extra.capacity }, overrideAccess: true })
    return listed
  }
  const newStudent = async (extra: Record<string, unknown> = {}) => (await createUser(payload, ['career-candidate'], extra)) as User
  const requestById = (id: number | string) => payload.findByID({ collection: 'mentorship-requests', id, overrideAccess: true, depth: 0 })
  const outboxFor = async (to: string) =>
    (await payload.find({ collection: 'emails', where: { to: { equals: to } }, sort: 'createdAt', overrideAccess: true, depth: 0, pagination: false })).docs
  const send = async (student: User, slug: string, input = ask()) => {
    const result = await sendMentorshipRequest(payload, student, slug, input, from())
    if (!result.ok) throw new Error(`The request was refused: ${JSON.stringify(result.errors)}`)
    return result.requestId
  }

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  })
  afterAll(() => stopTestPayload(payload))

  it('stores a request and emails both sides without either address, escaping what was written', async () => {
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent({ chosenName: 'Sam <b>Rivera</b>' })
    const id = await send(student, profile.slug, ask({ message: 'Could you look at my <script>alert(1)</script> portfolio & interview plan?' }))

    expect(await requestById(id)).toMatchObject({ status: 'pending', helpWith: 'interviews', preferredTimes: 'Weekday evenings, Eastern time' })
    const [notice] = await outboxFor(mentor.email)
    const [confirmation] = await outboxFor(student.email)
    expect(notice.subject).toBe('Sam <b>Rivera</b> asked you for mentoring')
    expect(notice.html).toContain('Sam &lt;b&gt;Rivera&lt;/b&gt;')
    expect(notice.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; portfolio &amp; interview plan')
    expect(notice.html).toContain(`/account/requests/${id}`)
    expect(confirmation.subject).toBe(`Your request to ${mentor.chosenName} is sent`)
    for (const email of [notice, confirmation]) {
      expect(email.html).not.toContain(mentor.email)
      expect(email.html).not.toContain(student.email)
    }
  })

  it('refuses with a reason: not a Career Candidate, unconfirmed email, own profile, paused, full, twice, or bad input', async () => {
    const { user: mentor, profile } = await newMentor()
    const before = (await payload.count({ collection: 'mentorship-requests', overrideAccess: true })).totalDocs
    const otherMentor = (await createUser(payload, ['mentor'])) as User
    expect(await sendMentorshipRequest(payload, otherMentor, profile.slug, ask(), from())).toMatchObject({
      status: 403,
      errors: { form: 'Only Career Candidates can send mentorship requests.' },
    })
    const unconfirmed = await newStudent({ _verified: false })
    expect(await sendMentorshipRequest(payload, unconfirmed, profile.slug, ask(), from())).toMatchObject({
      status: 403,
      errors: { form: expect.stringMatching(/confirm your email/) },
    })
    const studentMentor = (await payload.update({
      collection: 'users',
      id: mentor.id,
      data: { roles: ['mentor', 'career-candidate'] },
      overrideAccess: true,
    })) as User
    expect(await sendMentorshipRequest(payload, studentMentor, profile.slug, ask(), from())).toMatchObject({
      status: 400,
      errors: { form: 'This is your own profile.' },
    })
    const student = await newStudent()
    expect(await sendMentorshipRequest(payload, student, 'nobody-by-this-name', ask(), from())).toMatchObject({ status: 404 })
    expect(
      await sendMentorshipRequest(payload, student, profile.slug, { helpWith: 'astrology', message: 'hi', preferredTimes: 'x'.repeat(501) }, from()),
    ).toEqual({
      ok: false,
      status: 400,
      errors: {
        helpWith: 'Choose what you would like help with.',
        message: 'Tell them a little about yourself and what you hope for: at least 30 characters.',
        preferredTimes: 'Keep this to 500 characters (it has 501).',
      },
    })
    expect((await payload.count({ collection: 'mentorship-requests', overrideAccess: true })).totalDocs).toBe(before)

    await send(student, profile.slug)
    expect(await sendMentorshipRequest(payload, student, profile.slug, ask(), from())).toMatchObject({
      status: 409,
      errors: { form: expect.stringMatching(/already have a request/) },
    })

    const { profile: busy } = await newMentor()
    await payload.update({ collection: 'mentor-profiles', id: busy.id, data: { availability: 'full' }, overrideAccess: true })
    expect(await sendMentorshipRequest(payload, student, busy.slug, ask(), from())).toMatchObject({
      status: 409,
      errors: { form: expect.stringMatching(/is full for now/) },
    })
    const { user: resting, profile: restingProfile } = await newMentor()
    await setPaused(payload, resting, true)
    expect(await sendMentorshipRequest(payload, student, restingProfile.slug, ask(), from())).toMatchObject({
      status: 409,
      errors: { form: expect.stringMatching(/paused their involvement/) },
    })
  })

  it('limits how many requests one student can have waiting', async () => {
    const student = await newStudent()
    for (let count = 0; count < 5; count += 1) await send(student, (await newMentor()).profile.slug)
    const { profile } = await newMentor()
    expect(await sendMentorshipRequest(payload, student, profile.slug, ask(), from())).toMatchObject({
      status: 409,
      errors: { form: expect.stringMatching(/5 requests waiting/) },
    })
  })

  it('shows a request only to its two participants and admins', async () => {
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    const id = await send(student, profile.slug)
    const otherStudent = await newStudent()
    const otherMentor = (await newMentor()).user
    const admin = await createUser(payload, ['admin'])
    const visibleTo = async (user: unknown) =>
      (await payload.find({ collection: 'mentorship-requests', where: { id: { equals: id } }, overrideAccess: false, user, depth: 0 })).totalDocs
    expect(await visibleTo(student)).toBe(1)
    expect(await visibleTo(mentor)).toBe(1)
    expect(await visibleTo(admin)).toBe(1)
    expect(await visibleTo(otherStudent)).toBe(0)
    expect(await visibleTo(otherMentor)).toBe(0)
    await expect(payload.findByID({ collection: 'mentorship-requests', id, overrideAccess: false, user: otherStudent })).rejects.toThrow()
    await expect(payload.find({ collection: 'mentorship-requests', overrideAccess: false })).rejects.toThrow()
    // Nobody writes to requests through the API: the platform's rules decide.
    await expect(payload.update({ collection: 'mentorship-requests', id, data: { status: 'accepted' }, overrideAccess: false, user: mentor })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'mentorship-requests',
        data: { student: student.id, mentor: mentor.id, helpWith: 'other', message: 'x'.repeat(40), status: 'pending' },
        overrideAccess: false,
        user: student,
      }),
    ).rejects.toThrow()
    // Someone else cannot act on it either, and learns nothing about it.
    expect(await answerRequest(payload, otherMentor, id, 'accept')).toMatchObject({ status: 404 })
    expect(await withdrawRequest(payload, otherStudent, id)).toMatchObject({ status: 404 })
    expect(await withdrawRequest(payload, mentor, id)).toMatchObject({ status: 404 })
  })

  it('accepts up to the mentor’s capacity, marks the profile full, and reopens it when a mentorship ends', async () => {
    const { user: mentor, profile } = await newMentor({ capacity: 1 })
    const first = await newStudent()
    const second = await newStudent()
    const firstId = await send(first, profile.slug)
    const secondId = await send(second, profile.slug)

    expect(await answerRequest(payload, mentor, firstId, 'accept', 'Happy to help!')).toEqual({ ok: true })
    expect(await requestById(firstId)).toMatchObject({ status: 'accepted', statusNote: 'Happy to help!' })
    expect(await profileOf(payload, mentor)).toMatchObject({ activeMentees: 1, availability: 'full' })
    const accepted = (await outboxFor(first.email)).at(-1)!
    expect(accepted.subject).toBe(`${mentor.chosenName} accepted your request`)
    expect(accepted.html).not.toContain(mentor.email)

    expect(await answerRequest(payload, mentor, secondId, 'accept')).toMatchObject({
      ok: false,
      status: 409,
      errors: { form: expect.stringMatching(/already have 1 active mentees/) },
    })
    expect((await requestById(secondId)).status).toBe('pending')
    expect(await answerRequest(payload, mentor, firstId, 'decline')).toMatchObject({
      status: 409,
      errors: { form: 'This request is no longer waiting for an answer.' },
    })

    expect(await endMentorship(payload, first, firstId)).toEqual({ ok: true })
    expect(await requestById(firstId)).toMatchObject({ status: 'ended', closedBy: 'student' })
    expect(await profileOf(payload, mentor)).toMatchObject({ activeMentees: 0, availability: 'open' })
    expect(await answerRequest(payload, mentor, secondId, 'accept')).toEqual({ ok: true })
  })

  it('declines kindly with the mentor’s note, and lets a waiting request be withdrawn', async () => {
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    const id = await send(student, profile.slug)
    expect(await answerRequest(payload, mentor, id, 'decline', 'I am travelling all month; Alex in the directory knows interviews well.')).toEqual({ ok: true })
    expect(await requestById(id)).toMatchObject({ status: 'declined', closedBy: 'mentor' })
    const declined = (await outboxFor(student.email)).at(-1)!
    expect(declined.html).toContain('This says nothing about you')
    expect(declined.html).toContain('Alex in the directory knows interviews well.')
    expect(await sendRequestMessage(payload, student, id, 'Thank you anyway!', from())).toMatchObject({
      status: 409,
      errors: { form: 'This conversation is closed.' },
    })

    const again = await newStudent()
    const waiting = await send(again, profile.slug)
    expect(await withdrawRequest(payload, again, waiting)).toEqual({ ok: true })
    expect((await requestById(waiting)).status).toBe('withdrawn')
    expect((await outboxFor(mentor.email)).at(-1)!.subject).toBe(`${again.chosenName} withdrew their request`)
  })

  it('opens a conversation when more information is asked, readable only by the two of them', async () => {
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    const id = await send(student, profile.slug)
    expect(await sendRequestMessage(payload, student, id, 'Hello?', from())).toMatchObject({
      status: 409,
      errors: { form: 'You can write here once the request is accepted.' },
    })
    expect(await answerRequest(payload, mentor, id, 'ask', 'short')).toMatchObject({
      status: 400,
      errors: { note: 'Write your question (10 characters or more).' },
    })
    expect(await answerRequest(payload, mentor, id, 'ask', 'Which companies are you interviewing with?')).toEqual({ ok: true })
    expect((await requestById(id)).status).toBe('more-info')
    expect((await outboxFor(student.email)).at(-1)!.subject).toBe(`${mentor.chosenName} has a question about your request`)

    const reply = await sendRequestMessage(payload, student, id, 'Two fintechs & a <bank>.', from())
    expect(reply).toMatchObject({ ok: true })
    const notification = (await outboxFor(mentor.email)).at(-1)!
    expect(notification.subject).toBe(`New message from ${student.chosenName}`)
    expect(notification.html).toContain('Two fintechs &amp; a &lt;bank&gt;.')
    expect(notification.html).not.toContain(student.email)
    expect(await sendRequestMessage(payload, student, id, '   ', from())).toMatchObject({ status: 400, errors: { body: 'Write a message first.' } })

    const thread = async (user: unknown) =>
      (
        await payload.find({ collection: 'request-messages', where: { request: { equals: id } }, overrideAccess: false, user, depth: 0, sort: 'createdAt' })
      ).docs.map((message) => message.body)
    expect(await thread(student)).toEqual(['Which companies are you interviewing with?', 'Two fintechs & a <bank>.'])
    expect(await thread(mentor)).toHaveLength(2)
    expect(await thread(await newStudent())).toEqual([])
    expect(await thread(await createUser(payload, ['admin']))).toEqual([])
    const outsider = await newStudent()
    expect(await sendRequestMessage(payload, outsider, id, 'Can I join?', from())).toMatchObject({ status: 404 })
  })

  it('reminds the mentor after 7 days and expires the request after 14, through the jobs queue', async () => {
    const { user: mentor, profile } = await newMentor()
    const [weekOld, fortnightOld, answered, recent] = await Promise.all([newStudent(), newStudent(), newStudent(), newStudent()])
    const sentDaysAgo = async (student: User, days: number) =>
      ((await sendMentorshipRequest(payload, student, profile.slug, ask(), from(), new Date(Date.now() - days * day))) as { ok: true; requestId: number })
        .requestId
    const weekOldId = await sentDaysAgo(weekOld, 8)
    const fortnightOldId = await sentDaysAgo(fortnightOld, 15)
    const answeredId = await sentDaysAgo(answered, 15)
    await answerRequest(payload, mentor, answeredId, 'accept')
    const recentId = await send(recent, profile.slug)

    await payload.jobs.run({ queue: 'default', limit: 50 })

    expect(await requestById(weekOldId)).toMatchObject({ status: 'pending', remindedAt: expect.any(String) })
    expect(await requestById(fortnightOldId)).toMatchObject({ status: 'expired', closedBy: 'platform' })
    const mentorMail = (await outboxFor(mentor.email)).map((email) => email.subject)
    expect(mentorMail).toContain(`Reminder: ${weekOld.chosenName} is waiting for your answer`)
    expect(mentorMail).toContain(`Your request with ${fortnightOld.chosenName} expired`)
    expect((await outboxFor(fortnightOld.email)).at(-1)!.subject).toBe(`Your request with ${mentor.chosenName} expired`)
    // The answered request and the fresh one are untouched: their jobs do nothing or wait their turn.
    // Never reminded: the field was never written (null on SQLite, absent on MongoDB).
    expect(await requestById(answeredId)).toMatchObject({ status: 'accepted' })
    expect(await requestById(recentId)).toMatchObject({ status: 'pending' })
    for (const id of [answeredId, recentId]) expect((await requestById(id)).remindedAt ?? null).toBeNull()
    expect(mentorMail.filter((subject) => subject === `Reminder: ${answered.chosenName} is waiting for your answer`)).toEqual([])

    // Running the queue again sends nothing twice.
    const sent = (await outboxFor(mentor.email)).length
    await payload.jobs.run({ queue: 'default', limit: 50 })
    expect((await outboxFor(mentor.email)).length).toBe(sent)
  })

  it('declines waiting requests kindly when the mentor pauses', async () => {
    const { user: mentor, profile } = await newMentor()
    const student = await newStudent()
    const id = await send(student, profile.slug)
    await setPaused(payload, mentor, true)
    expect(await requestById(id)).toMatchObject({ status: 'declined', closedBy: 'platform' })
    const email = (await outboxFor(student.email)).at(-1)!
    expect(email.subject).toBe(`${mentor.chosenName} is taking a break`)
    expect(email.html).toContain('This is about their time, not about you.')
  })

  it('tells active mentees before a mentor leaves the mentors group, then removes the profile', async () => {
    const { user: mentor, profile } = await newMentor()
    const mentee = await newStudent()
    const waiting = await newStudent()
    const menteeRequest = await send(mentee, profile.slug)
    await answerRequest(payload, mentor, menteeRequest, 'accept')
    const waitingRequest = await send(waiting, profile.slug)

    await leaveMentorsGroup(payload, mentor)
    expect(await requestById(menteeRequest)).toMatchObject({ status: 'ended', closedBy: 'platform' })
    expect(await requestById(waitingRequest)).toMatchObject({ status: 'declined' })
    const farewell = (await outboxFor(mentee.email)).at(-1)!
    expect(farewell.subject).toBe(`${mentor.chosenName} is leaving the mentors group`)
    expect(farewell.html).toContain('your mentorship is closed')
    expect((await outboxFor(waiting.email)).at(-1)!.html).toContain('your request is closed')
    expect(await profileOf(payload, mentor)).toBeUndefined()
  })

  it('shows a new mentor as new, then their response rate and typical response time', async () => {
    const { user: mentor, profile } = await newMentor({ capacity: 10 })
    expect(await responseStats(payload, mentor.id)).toEqual({ kind: 'new' })
    const students = await Promise.all([newStudent(), newStudent(), newStudent(), newStudent(), newStudent()])
    const sentAt = Date.now() - 20 * day
    const ids = []
    for (const student of students.slice(0, 4)) {
      ids.push((await sendMentorshipRequest(payload, student, profile.slug, ask(), from(), new Date(sentAt))) as { ok: true; requestId: number })
    }
    await answerRequest(payload, mentor, ids[0].requestId, 'accept', '', new Date(sentAt + 2 * 60 * 60 * 1000))
    await answerRequest(payload, mentor, ids[1].requestId, 'decline', '', new Date(sentAt + 4 * 60 * 60 * 1000))
    await answerRequest(payload, mentor, ids[2].requestId, 'ask', 'What field are you in?', new Date(sentAt + 30 * 60 * 60 * 1000))
    await payload.jobs.run({ queue: 'default', limit: 50 })
    expect((await requestById(ids[3].requestId)).status).toBe('expired')
    // A request still inside its two weeks says nothing yet.
    await send(students[4], profile.slug)

    const stats = await responseStats(payload, mentor.id)
    expect(stats).toMatchObject({ kind: 'known', answered: 3, received: 4, rate: 0.75 })
    expect(stats.kind === 'known' && stats.typicalHours).toBeCloseTo(4, 5)
  })

  it('shows identity fields set to “contacts” only to students whose request the mentor accepted', async () => {
    const { user: mentor, profile } = await newMentor({ pronounsVisibility: 'contacts' })
    const mentee = await newStudent()
    const other = await newStudent()
    const representative = await createUser(payload, ['company-representative'])
    const pronounsSeenBy = async (user: unknown) =>
      (await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: false, user, depth: 0 })).pronouns ?? null

    const id = await send(mentee, profile.slug)
    expect(await pronounsSeenBy(mentee)).toBeNull()
    await answerRequest(payload, mentor, id, 'accept')
    expect(await pronounsSeenBy(mentee)).toBe('they/them')
    expect(await pronounsSeenBy(other)).toBeNull()
    expect(await pronounsSeenBy(representative)).toBeNull()
    expect(await pronounsSeenBy(null)).toBeNull()
    expect(await pronounsSeenBy(mentor)).toBe('they/them')
    // Still a contact once the mentorship has ended.
    await endMentorship(payload, mentor, id)
    expect(await pronounsSeenBy(mentee)).toBe('they/them')
  })

  it('limits how many requests an account can send in an hour', async () => {
    const previous = process.env.RATE_LIMIT_PER_HOUR
    process.env.RATE_LIMIT_PER_HOUR = '2'
    try {
      const student = await newStudent()
      const sameAddress = { address: '192.0.2.77' }
      for (let count = 0; count < 2; count += 1) {
        expect(await sendMentorshipRequest(payload, student, (await newMentor()).profile.slug, ask(), sameAddress)).toMatchObject({ ok: true })
      }
      const refused = await sendMentorshipRequest(payload, student, (await newMentor()).profile.slug, ask(), { address: '192.0.2.78' })
      expect(refused).toMatchObject({ ok: false, status: 429, errors: { form: expect.stringMatching(/try again in \d+ minutes/) } })
    } finally {
      process.env.RATE_LIMIT_PER_HOUR = previous
    }
  })
})
