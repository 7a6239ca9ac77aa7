import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as calendarFeed } from '@/app/(frontend)/calendar/[token]/route'
import { errorsOnRows, scheduleInput, valuesOf } from '@/app/(frontend)/account/profile/availability/form-values'
import { fileConductReport, meetingReportSubject } from '@/conduct/report'
import { bookMeeting, bookingContext, meetingsTodayCount, saveSchedule, slotsFor } from '@/meetings/book'
import { renewFeedToken, revokeFeedToken } from '@/meetings/feed'
import { answerRequest, sendMentorshipRequest } from '@/mentorship/requests'
import { getMemberSummary } from '@/queries/member-summary'

import type { User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * What the meeting pages add on top of src/meetings: the booking-hours form as a member types it,
 * the calendar feed's address, the header's count, and conduct reports that name a meeting.
 */

const allDay = {
  timeZone: 'America/New_York',
  windows: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  lengths: [30],
  bufferMinutes: 0,
  noticeHours: 0,
  horizonDays: 14,
  dailyLimit: '',
  away: [],
}

/** A zone whose clock now reads between 02:00 and 20:00, so a meeting starting within the hour is today there. */
function zoneAtMidday(now = new Date()) {
  const hourIn = (zone: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(now))
  return ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Pacific/Honolulu'].find((zone) => hourIn(zone) >= 2 && hourIn(zone) <= 20)!
}

function form(entries: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) for (const each of [value].flat()) data.append(name, each)
  return data
}

describe('meeting pages', () => {
  let payload: Payload
  let count = 0
  let address = 0
  const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })

  async function bookedPair(studentZone = 'Europe/London') {
    count += 1
    const { user: mentor, profile } = await listMember(payload, { name: `Robin ${count}`, kind: 'connector', lastActiveAt: new Date().toISOString() })
    await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { capacity: 10 }, overrideAccess: true })
    const saved = await saveSchedule(payload, mentor, { schedule: allDay, place: { kind: 'video', detail: 'https://meet.example.org/robin' } })
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors))
    const student = (await createUser(payload, ['career-candidate'], { chosenName: `Jamie ${count}` })) as User
    const sent = await sendMentorshipRequest(
      payload,
      student,
      profile.slug,
      { helpWith: 'applications', message: 'Could you look over my résumé for a first analyst role?' },
      from(),
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await answerRequest(payload, mentor, sent.requestId, 'accept')
    const loaded = await bookingContext(payload, student, sent.requestId)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
    const [slot] = await slotsFor(payload, loaded.context, { length: 30, viewerTimeZone: studentZone })
    const booked = await bookMeeting(payload, student, sent.requestId, { startsAt: slot.startsAt, length: 30, timeZone: studentZone, note: '' })
    if (!booked.ok) throw new Error(JSON.stringify(booked.errors))
    const refreshed = (await payload.findByID({ collection: 'users', id: student.id, overrideAccess: true, depth: 0 })) as User
    return { mentor, student: refreshed, meetingId: booked.meetingId, requestId: sent.requestId }
  }

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  })
  afterAll(() => stopTestPayload(payload))

  it('saves booking hours as typed: empty rows are dropped, midnight ends the day, and an error shows on the row it was typed in', async () => {
    const { user: mentor } = await listMember(payload, { name: 'Morgan Hours', kind: 'mentor', lastActiveAt: new Date().toISOString() })
    const typed = valuesOf(
      form({
        timeZone: 'Europe/London',
        'windows.0.weekday': '',
        'windows.0.start': '',
        'windows.0.end': '',
        'windows.1.weekday': 'mon',
        'windows.1.start': '18:00',
        'windows.1.end': '00:00',
        'windows.2.weekday': 'tue',
        'windows.2.start': '10:00',
        'windows.2.end': '09:00',
        lengths: ['30', '45'],
        bufferMinutes: '10',
        noticeHours: '24',
        horizonDays: '30',
        dailyLimit: '',
        'away.0.from': '',
        'away.0.to': '',
        'away.1.from': '2027-02-10',
        'away.1.to': '2027-02-01',
        placeKind: 'video',
        placeDetail: 'meet.example.org/morgan',
      }),
    )
    const { schedule, place, rowOf } = scheduleInput(typed)
    expect(schedule.windows).toEqual([
      { weekday: 'mon', start: '18:00', end: '24:00' },
      { weekday: 'tue', start: '10:00', end: '09:00' },
    ])
    const refused = await saveSchedule(payload, mentor, { schedule, place })
    expect(refused.ok).toBe(false)
    const errors = errorsOnRows((refused as { errors: Record<string, string> }).errors, rowOf)
    expect(Object.keys(errors).sort()).toEqual(['away.1.to', 'place.detail', 'windows.2.end'])
    expect(errors['windows.2.end']).toMatch(/before it starts/)

    const fixed = scheduleInput({
      ...typed,
      windows: typed.windows.slice(0, 2),
      away: [{ from: '2027-02-01', to: '2027-02-10' }],
      placeDetail: 'https://meet.example.org/morgan',
    })
    const saved = await saveSchedule(payload, mentor, { schedule: fixed.schedule, place: fixed.place })
    expect(saved.ok).toBe(true)
    if (saved.ok)
      expect(saved.schedule).toMatchObject({ timeZone: 'Europe/London', windows: [{ weekday: 'mon', start: '18:00', end: '24:00' }], dailyLimit: null })
  })

  it('serves the calendar feed at its private address, never cached or indexed, and nothing once it is replaced or turned off', async () => {
    const { student } = await bookedPair()
    const get = (token: string) => calendarFeed(new Request(`http://localhost/calendar/${token}`), { params: Promise.resolve({ token }) })
    const token = await renewFeedToken(payload, student)

    const feed = await get(`${token}.ics`)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.headers.get('cache-control')).toBe('private, no-store')
    expect(feed.headers.get('x-robots-tag')).toBe('noindex')
    const text = await feed.text()
    expect(text).toContain('BEGIN:VEVENT')
    expect(text).not.toContain(student.email)

    expect((await get(token)).status).toBe(404)
    const replaced = await renewFeedToken(payload, student)
    const old = await get(`${token}.ics`)
    expect(old.status).toBe(404)
    expect(old.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    await revokeFeedToken(payload, student)
    expect((await get(`${replaced}.ics`)).status).toBe(404)
  })

  it('counts a meeting later today in the header summary, which still carries no email address', async () => {
    const zone = zoneAtMidday()
    const { student } = await bookedPair(zone)
    expect(student.timeZone).toBe(zone)
    const summary = await getMemberSummary(payload, student)
    expect(summary.meetingsToday).toBe(1)
    expect(await meetingsTodayCount(payload, student)).toBe(1)
    expect(JSON.stringify(summary)).not.toContain(student.email)
    expect(summary.links.map((link) => link.href)).toContain('/account/meetings')
  })

  it('lets either person report a meeting, pre-filled with the other and the time, and ignores a meeting that is not theirs', async () => {
    const { mentor, student, meetingId, requestId } = await bookedPair()
    const stranger = (await createUser(payload, ['career-candidate'])) as User

    const preset = await meetingReportSubject(payload, student, String(meetingId))
    expect(preset?.subject).toMatch(new RegExp(`^${mentor.chosenName}, at our meeting on \\w{3} \\d{1,2} \\w{3}, \\d{2}:\\d{2}$`))
    expect(await meetingReportSubject(payload, stranger, String(meetingId))).toBeNull()

    const description = 'They shared my video link with people I do not know, and strangers joined the call.'
    const input = { subjectKind: 'person', subject: preset!.subject, category: 'harassment', description, meetingId: String(meetingId) }
    expect(await fileConductReport(payload, student, input, from())).toEqual({ ok: true })
    expect(await fileConductReport(payload, stranger, { ...input, description: `${description} (stranger)` }, from())).toEqual({ ok: true })

    const reports = await payload.find({
      collection: 'conduct-reports',
      where: { description: { like: 'shared my video link' } },
      overrideAccess: true,
      depth: 0,
      sort: 'createdAt',
    })
    const [fromStudent, fromStranger] = reports.docs
    expect(fromStudent.meeting).toBe(meetingId)
    expect(fromStudent.request).toBe(requestId)
    expect(fromStranger.meeting ?? null).toBeNull()
    expect(fromStranger.request ?? null).toBeNull()
  })
})
