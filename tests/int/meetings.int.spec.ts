import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteMemberAccount, exportMemberData } from '@/accounts/my-data'
import { blockMember } from '@/blocks/manage'
import {
  acceptAsSession,
  answerProposal,
  bookMeeting,
  bookingContext,
  cancelMeeting,
  markMeeting,
  meetingRecord,
  meetingsOf,
  meetingsTodayCount,
  remindAboutMeeting,
  rescheduleMeeting,
  saveSchedule,
  slotsFor,
} from '@/meetings/book'
import { feedFor, feedTokenOf, renewFeedToken, revokeFeedToken } from '@/meetings/feed'
import { takeFromLimit } from '@/limits'
import { pointsFor } from '@/limits/policies'
import { lockTimeoutMs, withBookingLock } from '@/meetings/lock'
import { answerRequest, endMentorship, sendMentorshipRequest } from '@/mentorship/requests'

import type { Meeting, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

const hour = 60 * 60 * 1000

/** Every day, all day, on New York's clock: slots from the next 5-minute mark on. */
const allDay = (extra: Record<string, unknown> = {}) => ({
  timeZone: 'America/New_York',
  windows: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  lengths: [30, 60],
  bufferMinutes: 10,
  noticeHours: 0,
  horizonDays: 14,
  dailyLimit: '',
  away: [],
  ...extra,
})
const video = { kind: 'video', detail: 'https://meet.example.org/alex-room' }

describe('meetings', () => {
  let payload: Payload
  let address = 0
  let count = 0
  const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })

  /** A Mentor or Connector with booking hours, and a student in an accepted mentorship with them. */
  async function pair({
    kind = 'connector',
    schedule = allDay(),
    accept = true,
  }: { kind?: 'mentor' | 'connector'; schedule?: Record<string, unknown>; accept?: boolean } = {}) {
    count += 1
    const { user: mentor, profile } = await listMember(payload, { name: `Alex ${count}`, kind, lastActiveAt: new Date().toISOString() })
    await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { capacity: 10 }, overrideAccess: true })
    const saved = await saveSchedule(payload, mentor, { schedule, place: video })
    if (!saved.ok) throw new Error(`Hours refused: ${JSON.stringify(saved.errors)}`)
    const student = await newStudent()
    const requestId = await requestFrom(student, profile.slug, mentor, accept)
    return { mentor, profile, student, requestId }
  }
  const newStudent = async () => {
    count += 1
    return (await createUser(payload, ['career-candidate'], { chosenName: `Sam ${count}` })) as User
  }
  async function requestFrom(student: User, slug: string, mentor: User, accept = true) {
    const sent = await sendMentorshipRequest(
      payload,
      student,
      slug,
      { helpWith: 'applications', message: 'Could you look over my résumé for a first data analyst role, please?' },
      from(),
    )
    if (!sent.ok) throw new Error(`Request refused: ${JSON.stringify(sent.errors)}`)
    if (accept) {
      const answered = await answerRequest(payload, mentor, sent.requestId, 'accept')
      if (!answered.ok) throw new Error(`Accept refused: ${JSON.stringify(answered.errors)}`)
    }
    return sent.requestId
  }
  async function firstSlots(member: User, requestId: number | string, length = 30, viewerTimeZone = 'Europe/London') {
    const loaded = await bookingContext(payload, member, requestId)
    if (!loaded.ok) throw new Error(`No booking: ${JSON.stringify(loaded.errors)}`)
    return slotsFor(payload, loaded.context, { length, viewerTimeZone })
  }
  const meeting = (id: number | string) => payload.findByID({ collection: 'meetings', id, depth: 0, overrideAccess: true }) as Promise<Meeting>
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
  const remindersOf = async (meetingId: number | string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'remind-about-meeting' } },
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
    ).docs.filter((job) => (job.input as { meetingId?: string })?.meetingId === String(meetingId))

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false', EMAIL_FROM: 'Pride Career Network <platform@example.org>' })
  })
  afterAll(() => stopTestPayload(payload))

  describe('booking hours', () => {
    it('are refused with a message on the field that has the problem, and kept only when all is right', async () => {
      const { user: mentor, profile } = await listMember(payload, { name: 'Hours Tester', kind: 'connector', lastActiveAt: new Date().toISOString() })
      const refused = await saveSchedule(payload, mentor, {
        schedule: allDay({ windows: [{ weekday: 'mon', start: '10:00', end: '09:00' }], lengths: [] }),
        place: { kind: 'video', detail: 'zoom me' },
      })
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.errors['windows.0.end']).toMatch(/before it starts/)
      expect(refused.errors.lengths).toMatch(/at least one meeting length/)
      expect(refused.errors['place.detail']).toMatch(/https:\/\//)
      const stored = await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: true, depth: 0 })
      expect(stored.schedule ?? null).toBeNull()

      const saved = await saveSchedule(payload, mentor, { schedule: allDay(), place: video })
      expect(saved.ok).toBe(true)
    })

    it('and the room link stay private: the public API does not show them, and the owner cannot write them around the checks', async () => {
      const { mentor, profile } = await pair()
      const asVisitor = await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: false, depth: 0 })
      expect(asVisitor).not.toHaveProperty('schedule')
      expect(asVisitor).not.toHaveProperty('meetingPlace')
      const stranger = await newStudent()
      const asStranger = await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: false, user: stranger, depth: 0 })
      expect(JSON.stringify(asStranger)).not.toContain('meet.example.org')
      await payload.update({
        collection: 'mentor-profiles',
        id: profile.id,
        data: { schedule: { nonsense: true }, meetingPlace: { kind: 'video', detail: 'http://evil.example' } },
        overrideAccess: false,
        user: mentor,
      })
      const after = await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: true, depth: 0 })
      expect(after.meetingPlace).toEqual(video)
      expect((after.schedule as { timeZone: string }).timeZone).toBe('America/New_York')
    })
  })

  describe('booking', () => {
    it('books a slot for the student, emails both an invitation without either address, and queues two reminders', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const slot = slots[40]
      const booked = await bookMeeting(payload, student, requestId, {
        startsAt: slot.startsAt,
        length: 30,
        timeZone: 'Europe/London',
        note: 'My CV for analyst roles',
      })
      expect(booked).toMatchObject({ ok: true, status: 'booked' })
      if (!booked.ok) return
      const stored = await meeting(booked.meetingId)
      expect(stored).toMatchObject({ status: 'booked', lengthMinutes: 30, studentTimeZone: 'Europe/London', mentorTimeZone: 'America/New_York', sequence: 0 })

      for (const person of [student, mentor]) {
        const [email] = await outboxFor(person.email, 'meeting-booked')
        expect(email.calendarMethod).toBe('REQUEST')
        const ics = email.calendar ?? ''
        expect(ics).toContain('METHOD:REQUEST')
        expect(ics).toContain(`UID:meeting-${booked.meetingId}@`)
        expect(ics).toContain('SEQUENCE:0')
        expect(ics).toContain('platform@example.org')
        for (const text of [ics, email.html, email.text ?? '']) {
          expect(text).not.toContain(student.email)
          expect(text).not.toContain(mentor.email)
        }
      }
      // Each sees the time on their own clock first.
      const [toStudent] = await outboxFor(student.email, 'meeting-booked')
      expect(toStudent.text).toContain('(your time)')
      expect(toStudent.text).toContain('New York')

      const reminders = await remindersOf(booked.meetingId)
      const start = Date.parse(slot.startsAt)
      expect(reminders.map((job) => Date.parse(job.waitUntil!)).sort()).toEqual(
        [start - 24 * hour, start - hour].filter((at) => at > Date.now() - 60_000).sort(),
      )
    })

    it('lets exactly one of several students who book one slot at the same moment have it; the others get the next free ones', async () => {
      const { mentor, profile } = await pair()
      const students = await Promise.all(Array.from({ length: 8 }, () => newStudent()))
      const requests: (number | string)[] = []
      for (const student of students) requests.push(await requestFrom(student, profile.slug, mentor))
      const [slot] = (await firstSlots(students[0], requests[0])).slice(30, 31)
      const outcomes = await Promise.all(
        students.map((student, index) => bookMeeting(payload, student, requests[index], { startsAt: slot.startsAt, length: 30, timeZone: 'Asia/Tokyo' })),
      )
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1)
      const refused = outcomes.filter((outcome) => !outcome.ok)
      expect(refused).toHaveLength(7)
      for (const outcome of refused) {
        expect(outcome).toMatchObject({ status: 409 })
        if (outcome.ok) continue
        expect(outcome.nextSlots?.length).toBeGreaterThan(0)
        expect(outcome.nextSlots!.every((next) => next.startsAt !== slot.startsAt)).toBe(true)
      }
      const held = await payload.count({
        collection: 'meetings',
        where: { profile: { equals: profile.id }, status: { equals: 'booked' } },
        overrideAccess: true,
      })
      expect(held.totalDocs).toBe(1)
    })

    it('never keeps two overlapping meetings booked at once, even of different lengths and starts', async () => {
      const { mentor, profile } = await pair()
      const students = await Promise.all(Array.from({ length: 6 }, () => newStudent()))
      const requests: (number | string)[] = []
      for (const student of students) requests.push(await requestFrom(student, profile.slug, mentor))
      const slots60 = await firstSlots(students[0], requests[0], 60)
      const base = Date.parse(slots60[20].startsAt)
      // Starts 0, 15, 30 … minutes apart: each overlaps the next once lengths and the 10-minute buffer count.
      const outcomes = await Promise.all(
        students.map((student, index) =>
          bookMeeting(payload, student, requests[index], {
            startsAt: new Date(base + index * 15 * 60_000).toISOString(),
            length: index % 2 ? 30 : 60,
            timeZone: 'UTC',
          }),
        ),
      )
      expect(outcomes.some((outcome) => outcome.ok)).toBe(true)
      const { docs } = await payload.find({
        collection: 'meetings',
        where: { profile: { equals: profile.id }, status: { equals: 'booked' } },
        sort: 'startsAt',
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
      for (let index = 1; index < docs.length; index++) {
        expect(Date.parse(docs[index].startsAt)).toBeGreaterThanOrEqual(Date.parse(docs[index - 1].endsAt) + 10 * 60_000)
      }
    })

    it('refuses what is not a free slot of the mentor’s, a length they do not offer, and strangers', async () => {
      const { student, requestId } = await pair()
      const [slot] = await firstSlots(student, requestId)
      const offGrid = new Date(Date.parse(slot.startsAt) + 3 * 60_000).toISOString()
      expect(await bookMeeting(payload, student, requestId, { startsAt: offGrid, length: 30, timeZone: 'UTC' })).toMatchObject({ ok: false, status: 409 })
      expect(await bookMeeting(payload, student, requestId, { startsAt: slot.startsAt, length: 45, timeZone: 'UTC' })).toMatchObject({
        ok: false,
        status: 400,
        errors: { length: expect.stringMatching(/30, 60/) },
      })
      expect(await bookMeeting(payload, student, requestId, { startsAt: 'tomorrow', length: 30, timeZone: 'Mars/Olympus' })).toMatchObject({
        ok: false,
        status: 400,
        errors: { startsAt: expect.any(String), timeZone: expect.any(String) },
      })
      const stranger = await newStudent()
      expect(await bookMeeting(payload, stranger, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC' })).toMatchObject({
        ok: false,
        status: 404,
      })
    })

    it('counts bookings and changes per account: past the hourly count (30, or RATE_LIMIT_PER_HOUR if higher), the next is refused with a 429 and a reason', async () => {
      const { student, requestId } = await pair()
      const [slot] = await firstSlots(student, requestId)
      const allowed = pointsFor('meeting', 'account')!
      expect(allowed).toBeGreaterThanOrEqual(30)
      for (let i = 0; i < allowed; i++) await takeFromLimit(payload, 'meeting', { account: student.id })
      expect(await bookMeeting(payload, student, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC' })).toMatchObject({
        ok: false,
        status: 429,
        errors: { form: expect.stringMatching(/in the last hour/) },
      })
    })

    it('waits for the request to be accepted, and keeps to the daily limit', async () => {
      const waiting = await pair({ accept: false, kind: 'mentor' })
      expect(await bookingContext(payload, waiting.student, waiting.requestId)).toMatchObject({
        ok: false,
        status: 409,
        errors: { form: expect.stringMatching(/accepted/) },
      })

      const { mentor, profile, student, requestId } = await pair({ schedule: allDay({ dailyLimit: 1, noticeHours: 48 }) })
      const [first] = await firstSlots(student, requestId)
      expect(await bookMeeting(payload, student, requestId, { startsAt: first.startsAt, length: 30, timeZone: 'UTC' })).toMatchObject({ ok: true })
      const other = await newStudent()
      const otherRequest = await requestFrom(other, profile.slug, mentor)
      const after = await firstSlots(other, otherRequest)
      const sameDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(iso))
      expect(after.some((slot) => sameDay(slot.startsAt) === sameDay(first.startsAt))).toBe(false)
    })
  })

  describe('who sees a meeting', () => {
    it('only the two read it; admins read that it exists but not the link, place or note; nobody writes it through the API', async () => {
      const { mentor, student, requestId } = await pair()
      const [slot] = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC', note: 'Private agenda' })
      if (!booked.ok) throw new Error('not booked')
      for (const person of [student, mentor]) {
        const seen = await payload.findByID({ collection: 'meetings', id: booked.meetingId, overrideAccess: false, user: person, depth: 0 })
        expect(seen).toMatchObject({ whereDetail: video.detail, note: 'Private agenda' })
        expect(seen).not.toHaveProperty('slotClaim')
      }
      const stranger = await newStudent()
      const { docs } = await payload.find({ collection: 'meetings', overrideAccess: false, user: stranger, depth: 0 })
      expect(docs).toHaveLength(0)
      await expect(payload.findByID({ collection: 'meetings', id: booked.meetingId, overrideAccess: false, user: stranger })).rejects.toThrow()
      const admin = (await createUser(payload, ['admin'])) as User
      const asAdmin = await payload.findByID({ collection: 'meetings', id: booked.meetingId, overrideAccess: false, user: admin, depth: 0 })
      expect(asAdmin.startsAt).toBe(slot.startsAt)
      expect(asAdmin).not.toHaveProperty('whereDetail')
      expect(asAdmin).not.toHaveProperty('note')
      await expect(
        payload.update({ collection: 'meetings', id: booked.meetingId, data: { startsAt: new Date().toISOString() }, overrideAccess: false, user: student }),
      ).rejects.toThrow()
      await expect(
        payload.create({
          collection: 'meetings',
          data: { ...(await meeting(booked.meetingId)), id: undefined, slotClaim: 'x' } as never,
          overrideAccess: false,
          user: student,
        }),
      ).rejects.toThrow()
    })
  })

  describe('proposals, moves, cancellations and marks', () => {
    it('a mentor proposes a time; the student accepts it and both get the invitation, or declines and the time is free again', async () => {
      const { mentor, student, requestId } = await pair({ kind: 'mentor' })
      const slots = await firstSlots(mentor, requestId, 60, 'America/New_York')
      const proposed = await bookMeeting(payload, mentor, requestId, { startsAt: slots[10].startsAt, length: 60, timeZone: 'America/New_York' })
      expect(proposed).toMatchObject({ ok: true, status: 'proposed' })
      if (!proposed.ok) return
      expect((await outboxFor(student.email, 'meeting-proposed')).map((email) => email.calendar ?? null)).toEqual([null])
      expect(await answerProposal(payload, mentor, proposed.meetingId, 'accept')).toMatchObject({ ok: false, status: 403 })
      expect(await answerProposal(payload, student, proposed.meetingId, 'accept')).toEqual({ ok: true })
      expect((await meeting(proposed.meetingId)).status).toBe('booked')
      expect((await outboxFor(mentor.email, 'meeting-confirmed'))[0].calendarMethod).toBe('REQUEST')

      const second = await bookMeeting(payload, mentor, requestId, { startsAt: slots[20].startsAt, length: 60, timeZone: 'America/New_York' })
      if (!second.ok) throw new Error('not proposed')
      expect(await answerProposal(payload, student, second.meetingId, 'decline', 'That week is exams, sorry')).toEqual({ ok: true })
      const freeAgain = await firstSlots(student, requestId, 60)
      expect(freeAgain.some((slot) => slot.startsAt === slots[20].startsAt)).toBe(true)
      expect((await outboxFor(mentor.email, 'meeting-declined'))[0].text).toContain('That week is exams, sorry')
    })

    it('moving raises the sequence under the same UID, tells the other, and the old reminders do nothing', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slots[60].startsAt, length: 30, timeZone: 'Europe/London' })
      if (!booked.ok) throw new Error('not booked')
      const moved = await rescheduleMeeting(payload, mentor, booked.meetingId, {
        startsAt: slots[90].startsAt,
        length: 30,
        timeZone: 'America/New_York',
        changeNote: 'A clash came up at work',
      })
      expect(moved).toMatchObject({ ok: true })
      const stored = await meeting(booked.meetingId)
      expect(stored).toMatchObject({ startsAt: slots[90].startsAt, sequence: 1, status: 'booked' })
      const [notice] = await outboxFor(student.email, 'meeting-rescheduled')
      expect(notice.calendar).toContain(`UID:meeting-${booked.meetingId}@`)
      expect(notice.calendar).toContain('SEQUENCE:1')
      expect(notice.text).toContain('A clash came up at work')
      expect(await remindAboutMeeting(payload, { meetingId: String(booked.meetingId), startsAt: slots[60].startsAt, hours: 24 })).toBe('skipped')
      expect(await remindAboutMeeting(payload, { meetingId: String(booked.meetingId), startsAt: slots[90].startsAt, hours: 1 })).toBe('reminded')
      expect(await outboxFor(student.email, 'meeting-reminder-1h')).toHaveLength(1)
      // The old time is free again.
      expect((await firstSlots(student, requestId)).some((slot) => slot.startsAt === slots[60].startsAt)).toBe(true)
    })

    it('cancelling sends METHOD:CANCEL to both, skips the reminders, and counts as late inside 12 hours', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const soon = await bookMeeting(payload, student, requestId, { startsAt: slots[3].startsAt, length: 30, timeZone: 'UTC' })
      const later = await bookMeeting(payload, student, requestId, { startsAt: slots[slots.length - 1].startsAt, length: 30, timeZone: 'UTC' })
      if (!soon.ok || !later.ok) throw new Error('not booked')
      expect(await cancelMeeting(payload, student, soon.meetingId, 'I am ill')).toEqual({ ok: true })
      expect(await cancelMeeting(payload, mentor, later.meetingId, '')).toEqual({ ok: true })
      expect(await meeting(soon.meetingId)).toMatchObject({ status: 'cancelled', cancelledBy: 'student', lateCancellation: true, sequence: 1 })
      expect(await meeting(later.meetingId)).toMatchObject({ status: 'cancelled', cancelledBy: 'mentor', lateCancellation: false })
      const [toMentor] = await outboxFor(mentor.email, 'meeting-cancelled')
      expect(toMentor.calendarMethod).toBe('CANCEL')
      expect(toMentor.calendar).toContain('METHOD:CANCEL')
      expect(toMentor.calendar).toContain('STATUS:CANCELLED')
      expect(toMentor.text).toContain('I am ill')
      expect(await remindAboutMeeting(payload, { meetingId: String(soon.meetingId), startsAt: slots[3].startsAt, hours: 1 })).toBe('skipped')
      expect(await cancelMeeting(payload, student, soon.meetingId)).toMatchObject({ ok: false, status: 409 })
    })

    it('late cancellations and missed meetings count in each person’s record', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const now = new Date()
      // Three meetings in the past: booked as of a week ago.
      const weekAgo = new Date(now.getTime() - 7 * 24 * hour)
      const ids: (number | string)[] = []
      for (const offset of [0, 2, 4]) {
        const booked = await bookMeeting(
          payload,
          student,
          requestId,
          { startsAt: new Date(Date.parse(slots[0].startsAt) - 7 * 24 * hour + offset * hour).toISOString(), length: 30, timeZone: 'UTC' },
          weekAgo,
        )
        if (!booked.ok) throw new Error(`not booked: ${JSON.stringify(booked.errors)}`)
        ids.push(booked.meetingId)
      }
      expect(await markMeeting(payload, student, ids[0], 'held')).toEqual({ ok: true })
      expect(await markMeeting(payload, mentor, ids[0], 'held')).toEqual({ ok: true })
      expect(await markMeeting(payload, student, ids[1], 'missed')).toEqual({ ok: true })
      expect(await markMeeting(payload, student, ids[2], 'maybe')).toMatchObject({ ok: false, status: 400 })
      const lateOne = await bookMeeting(payload, student, requestId, { startsAt: slots[2].startsAt, length: 30, timeZone: 'UTC' })
      if (!lateOne.ok) throw new Error('not booked')
      expect(await cancelMeeting(payload, mentor, lateOne.meetingId, 'Sorry', new Date(Date.parse(slots[2].startsAt) - hour))).toEqual({ ok: true })
      const record = await meetingRecord(payload, mentor.id, new Date(Date.parse(slots[2].startsAt) + hour))
      expect(record).toEqual({ meetings: 4, lateCancellations: 1, missed: 1 })
      expect(await meetingRecord(payload, student.id, new Date(Date.parse(slots[2].startsAt) + hour))).toEqual({ meetings: 3, lateCancellations: 0, missed: 0 })
      // A mark before the meeting has started is refused.
      const upcoming = await bookMeeting(payload, student, requestId, { startsAt: slots[slots.length - 1].startsAt, length: 30, timeZone: 'UTC' })
      if (!upcoming.ok) throw new Error('not booked')
      expect(await markMeeting(payload, student, upcoming.meetingId, 'held')).toMatchObject({ ok: false, status: 409 })
    })

    it('ending the mentorship or a block cancels what is still booked', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slots[50].startsAt, length: 30, timeZone: 'UTC' })
      if (!booked.ok) throw new Error('not booked')
      expect(await endMentorship(payload, mentor, requestId)).toEqual({ ok: true })
      expect(await meeting(booked.meetingId)).toMatchObject({ status: 'cancelled', cancelledBy: 'platform', lateCancellation: false })

      const second = await pair()
      const [slot] = await firstSlots(second.student, second.requestId)
      const other = await bookMeeting(payload, second.student, second.requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC' })
      if (!other.ok) throw new Error('not booked')
      const blocked = await blockMember(payload, second.student, { request: String(second.requestId) }, null, from())
      expect(blocked).toMatchObject({ ok: true })
      expect(await meeting(other.meetingId)).toMatchObject({ status: 'cancelled', cancelledBy: 'platform' })
    })
  })

  describe('a Connector’s session and the calendar feed', () => {
    it('a Connector accepts a waiting request as a booked session; a Mentor cannot', async () => {
      const { mentor: connector, student, requestId } = await pair({ accept: false })
      const loaded = await bookingContext(payload, connector, requestId, { allowWaiting: true })
      if (!loaded.ok) throw new Error('no context')
      const [slot] = await slotsFor(payload, loaded.context, { length: 30, viewerTimeZone: 'America/New_York' })
      // A refused booking (here a length not offered) leaves the request waiting, and the student is not told it was accepted.
      expect(await acceptAsSession(payload, connector, requestId, { startsAt: slot.startsAt, length: 45, timeZone: 'America/New_York' })).toMatchObject({
        ok: false,
        status: 400,
      })
      expect((await payload.findByID({ collection: 'mentorship-requests', id: requestId, overrideAccess: true })).status).toBe('pending')
      expect(await outboxFor(student.email, 'request-accepted')).toHaveLength(0)
      expect(await acceptAsSession(payload, connector, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'America/New_York' })).toMatchObject({
        ok: true,
        status: 'booked',
      })
      expect((await payload.findByID({ collection: 'mentorship-requests', id: requestId, overrideAccess: true })).status).toBe('accepted')
      expect(await outboxFor(student.email, 'meeting-booked')).toHaveLength(1)

      const asMentor = await pair({ accept: false, kind: 'mentor' })
      expect(await acceptAsSession(payload, asMentor.mentor, asMentor.requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC' })).toMatchObject({
        ok: false,
        status: 403,
      })
    })

    it('the feed lists the member’s meetings under a secret address that stops working when replaced or turned off', async () => {
      const { mentor, student, requestId } = await pair()
      const [slot] = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC' })
      if (!booked.ok) throw new Error('not booked')
      expect(await feedFor(payload, 'not-a-token')).toBeNull()
      const token = await renewFeedToken(payload, student)
      const feed = await feedFor(payload, token)
      expect(feed).toContain('METHOD:PUBLISH')
      expect(feed).toContain(`UID:meeting-${booked.meetingId}@`)
      expect(feed).not.toContain(student.email)
      expect(feed).not.toContain(mentor.email)
      const replaced = await renewFeedToken(payload, student)
      expect(await feedFor(payload, token)).toBeNull()
      expect(await feedFor(payload, replaced)).toContain(`UID:meeting-${booked.meetingId}@`)
      await revokeFeedToken(payload, student)
      expect(await feedFor(payload, replaced)).toBeNull()
      expect(await feedTokenOf(payload, student)).toBeNull()
      // Several members may have theirs off at once (MongoDB's unique index must not see two equal "none"s).
      const another = await newStudent()
      await renewFeedToken(payload, another)
      await revokeFeedToken(payload, another)
      expect(await feedTokenOf(payload, another)).toBeNull()
      // The token is the member's own to read, never another's.
      const stranger = await newStudent()
      const seen = await payload.findByID({ collection: 'users', id: student.id, overrideAccess: false, user: stranger, disableErrors: true })
      expect(seen).toBeNull()
    })

    it('counts a meeting as today’s from midnight on the member’s own clock (Kolkata, UTC+05:30), not UTC’s', async () => {
      const { student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slots[100].startsAt, length: 30, timeZone: 'Asia/Kolkata' })
      if (!booked.ok) throw new Error('not booked')
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date(slots[100].startsAt))
      const midnight = Date.parse(`${day}T00:00:00+05:30`)
      const member = { ...student, timeZone: 'Asia/Kolkata' }
      expect(await meetingsTodayCount(payload, member, new Date(midnight + 60_000))).toBe(1)
      expect(await meetingsTodayCount(payload, member, new Date(midnight - 60_000))).toBe(0)
    })

    it('lists upcoming and past meetings for each person, soonest first, with the other person’s name', async () => {
      const { mentor, student, requestId } = await pair()
      const slots = await firstSlots(student, requestId)
      for (const index of [80, 20]) {
        const booked = await bookMeeting(payload, student, requestId, { startsAt: slots[index].startsAt, length: 30, timeZone: 'Europe/London' })
        if (!booked.ok) throw new Error('not booked')
      }
      const upcoming = await meetingsOf(payload, student, { when: 'upcoming' })
      expect(upcoming.docs.map((each) => each.startsAt)).toEqual([slots[20].startsAt, slots[80].startsAt])
      expect(upcoming.docs[0]).toMatchObject({ side: 'student', otherName: mentor.chosenName, past: false })
      const mentorView = await meetingsOf(payload, mentor, { when: 'upcoming', withMember: student.id })
      expect(mentorView.docs).toHaveLength(2)
      expect(mentorView.docs[0]).toMatchObject({ side: 'mentor', otherName: student.chosenName })
      expect(mentorView.docs[0].otherClock).toMatch(/London/)
    })
  })

  describe('a member’s data', () => {
    it('the export holds their meetings; deleting the account cancels the other person’s and removes them', async () => {
      const { mentor, student, requestId } = await pair()
      const [slot] = await firstSlots(student, requestId)
      const booked = await bookMeeting(payload, student, requestId, { startsAt: slot.startsAt, length: 30, timeZone: 'UTC', note: 'Portfolio review' })
      if (!booked.ok) throw new Error('not booked')
      const exported = await exportMemberData(payload, student)
      expect(exported.meetings).toEqual([
        expect.objectContaining({ with: mentor.chosenName, youWere: 'student', startsAt: slot.startsAt, agenda: 'Portfolio review', status: 'booked' }),
      ])
      await deleteMemberAccount(payload, student)
      expect(await payload.count({ collection: 'meetings', where: { request: { equals: requestId } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
      const [cancelled] = await outboxFor(mentor.email, 'meeting-cancelled')
      expect(cancelled.calendarMethod).toBe('CANCEL')
    })
  })

  describe('the booking lock', () => {
    it('makes a booking wait while another instance holds the mentor’s lock, and takes over one left by a holder that vanished', async () => {
      const key = `lock-test-${Date.now()}`
      const row = await payload.create({
        collection: 'booking-locks',
        data: { key, status: 'held', claimedAt: new Date().toISOString() },
        overrideAccess: true,
      })
      let ran = false
      const waiting = withBookingLock(payload, key, async () => {
        ran = true
        return 'done'
      })
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect(ran).toBe(false)
      await payload.update({ collection: 'booking-locks', id: row.id, data: { status: 'free' }, overrideAccess: true })
      expect(await waiting).toBe('done')
      expect((await payload.findByID({ collection: 'booking-locks', id: row.id, overrideAccess: true })).status).toBe('free')

      await payload.update({
        collection: 'booking-locks',
        id: row.id,
        data: { status: 'held', claimedAt: new Date(Date.now() - lockTimeoutMs - 1000).toISOString() },
        overrideAccess: true,
      })
      expect(await withBookingLock(payload, key, async () => 'taken over')).toBe('taken over')
    })
  })
})
