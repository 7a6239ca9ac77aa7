import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { defaultAvailability, minutesOfClock, weekdays, type Availability, type AvailabilityWindow } from '@/meetings/availability'
import { isKnownTimeZone, timeZoneChoices } from '@/meetings/zone'
import { findFreeSlot, freeSlots, nextFreeSlots, slotLabel, type BusyMeeting, type FreeSlotsInput } from '@/meetings/slots'
import { availabilitySchema } from '@/schemas/availability'

/*
 * A student books a Mentor or Connector from the times they published. These tests hold the slot
 * rules a booking page relies on: windows on the mentor's clock, buffers, notice, horizon, the
 * daily limit, away days, meetings already booked, and both people's clocks across daylight-saving
 * changes (America/New_York, Europe/London, Australia/Sydney).
 */

const minute = 60_000
const hour = 60 * minute

const availability = (overrides: Partial<Availability> = {}): Availability => ({
  ...defaultAvailability('America/New_York'),
  bufferMinutes: 0,
  noticeHours: 0,
  horizonDays: 14,
  dailyLimit: null,
  ...overrides,
})

const window = (weekday: AvailabilityWindow['weekday'], start: string, end: string): AvailabilityWindow => ({ weekday, start, end })

const slots = (overrides: Partial<FreeSlotsInput> & { availability: Availability }) =>
  freeSlots({
    length: overrides.availability.lengths[0],
    existing: [],
    now: '2026-01-04T00:00:00Z',
    viewerTimeZone: overrides.availability.timeZone,
    ...overrides,
  })

/** The mentor's clock times of the slots on one of their local dates. */
const timesOn = (list: ReturnType<typeof freeSlots>, date: string) => list.filter((slot) => slot.host.date === date).map((slot) => slot.host.time)
const startsOn = (list: ReturnType<typeof freeSlots>, date: string) => list.filter((slot) => slot.host.date === date).map((slot) => slot.startsAt)
/** The UTC start of the slot at `time` on the mentor's `date`. */
const startAt = (list: ReturnType<typeof freeSlots>, date: string, time: string) =>
  list.find((slot) => slot.host.date === date && slot.host.time === time)?.startsAt

describe('free slots from a weekly window', () => {
  it('offers back-to-back slots of the chosen length inside the window, on the mentor’s clock', () => {
    const list = slots({ availability: availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30] }) })
    // Tuesday 6 January 2026, New York in winter (UTC-5).
    expect(timesOn(list, '2026-01-06')).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(startAt(list, '2026-01-06', '09:00')).toBe('2026-01-06T14:00:00.000Z')
    expect(list.find((slot) => slot.host.date === '2026-01-06')?.endsAt).toBe('2026-01-06T14:30:00.000Z')
    // Only Tuesdays: the 6th and the 13th within two weeks.
    expect([...new Set(list.map((slot) => slot.host.date))]).toEqual(['2026-01-06', '2026-01-13'])
  })

  it('offers several windows on one day, and no slot that would run past a window’s end', () => {
    const list = slots({ availability: availability({ windows: [window('wed', '14:00', '15:00'), window('wed', '09:00', '10:00')], lengths: [45] }) })
    expect(timesOn(list, '2026-01-07')).toEqual(['09:00', '14:00'])
  })

  it('offers each length the mentor allows, and refuses one they do not', () => {
    const offered = availability({ windows: [window('tue', '09:00', '10:00')], lengths: [20, 45] })
    expect(timesOn(slots({ availability: offered, length: 20 }), '2026-01-06')).toEqual(['09:00', '09:20', '09:40'])
    expect(timesOn(slots({ availability: offered, length: 45 }), '2026-01-06')).toEqual(['09:00'])
    expect(() => slots({ availability: offered, length: 30 })).toThrow('30-minute meetings are not offered.')
  })

  it('keeps the buffer after each offered slot and around meetings already booked', () => {
    const withBuffer = availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30], bufferMinutes: 10 })
    // Each slot is 30 minutes plus 10 kept free.
    expect(timesOn(slots({ availability: withBuffer }), '2026-01-06')).toEqual(['09:00', '09:40', '10:20', '11:00'])
    // A meeting 10:00–10:30 keeps 09:50–10:40 free.
    const existing = [{ startsAt: '2026-01-06T15:00:00Z', endsAt: '2026-01-06T15:30:00Z' }]
    expect(timesOn(slots({ availability: withBuffer, existing }), '2026-01-06')).toEqual(['09:00', '10:40', '11:20'])
    // A meeting 09:47–10:07 (09:37–10:17 with the buffer) moves the next slot to the next 5-minute mark.
    const odd = [{ startsAt: '2026-01-06T14:47:00Z', endsAt: '2026-01-06T15:07:00Z' }]
    expect(timesOn(slots({ availability: withBuffer, existing: odd }), '2026-01-06')).toEqual(['09:00', '10:20', '11:00'])
  })

  it('leaves out every slot a booked meeting overlaps, however the meetings are ordered', () => {
    const existing: BusyMeeting[] = [
      { startsAt: '2026-01-06T16:00:00Z', endsAt: '2026-01-06T16:30:00Z' }, // 11:00–11:30
      { startsAt: new Date('2026-01-06T14:15:00Z'), endsAt: new Date('2026-01-06T14:45:00Z') }, // 09:15–09:45
      { startsAt: Date.parse('2026-01-06T14:30:00Z'), endsAt: Date.parse('2026-01-06T15:00:00Z') }, // 09:30–10:00, overlapping the one before
    ]
    const list = slots({ availability: availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30] }), existing })
    expect(timesOn(list, '2026-01-06')).toEqual(['10:00', '10:30', '11:30'])
  })

  it('offers nothing sooner than the minimum notice', () => {
    // Now is Tuesday 08:00 in New York; with 2 hours' notice the first slot is 10:00.
    const list = slots({
      availability: availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30], noticeHours: 2 }),
      now: '2026-01-06T13:00:00Z',
    })
    expect(timesOn(list, '2026-01-06')).toEqual(['10:00', '10:30', '11:00', '11:30'])
  })

  it('keeps the slots where they are as time passes: notice hides slots, it does not move them', () => {
    const mentorWithBuffer = availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30], bufferMinutes: 10 })
    for (const now of ['2026-01-06T14:03:00Z', '2026-01-06T14:06:00Z', '2026-01-06T14:39:00Z']) {
      expect(timesOn(slots({ availability: mentorWithBuffer, now }), '2026-01-06')).toEqual(['09:40', '10:20', '11:00'])
    }
  })

  it('offers nothing further ahead than the horizon', () => {
    const everyDay = weekdays.map((day) => window(day, '09:00', '10:00'))
    const now = '2026-01-05T14:30:00Z' // Monday 09:30 in New York
    const list = slots({ availability: availability({ windows: everyDay, lengths: [60], horizonDays: 3 }), now })
    // Monday's slot has begun; Tuesday to Thursday 09:00 are within 3 days, Friday is not.
    expect(list.map((slot) => slot.host.date)).toEqual(['2026-01-06', '2026-01-07', '2026-01-08'])
    expect(list.every((slot) => slot.start <= Date.parse(now) + 3 * 24 * hour)).toBe(true)
  })

  it('offers no slot on a day that already holds the daily limit of meetings, counted on the mentor’s clock', () => {
    const weekdaysOnly = (['mon', 'tue', 'wed'] as const).map((day) => window(day, '09:00', '12:00'))
    const existing = [
      { startsAt: '2026-01-06T21:00:00Z', endsAt: '2026-01-06T21:30:00Z' }, // Tuesday 16:00, outside the windows
      { startsAt: '2026-01-06T22:00:00Z', endsAt: '2026-01-06T22:30:00Z' }, // Tuesday 17:00
      { startsAt: '2026-01-06T04:30:00Z', endsAt: '2026-01-06T05:00:00Z' }, // Monday 23:30 in New York, though Tuesday in UTC
    ]
    const list = slots({ availability: availability({ windows: weekdaysOnly, lengths: [60], dailyLimit: 2 }), existing })
    expect(timesOn(list, '2026-01-06')).toEqual([])
    expect(timesOn(list, '2026-01-05')).toEqual(['09:00', '10:00', '11:00'])
    expect(timesOn(list, '2026-01-07')).toEqual(['09:00', '10:00', '11:00'])
    // With a limit of three, Tuesday opens again.
    const roomier = slots({ availability: availability({ windows: weekdaysOnly, lengths: [60], dailyLimit: 3 }), existing })
    expect(timesOn(roomier, '2026-01-06')).toEqual(['09:00', '10:00', '11:00'])
  })

  it('removes whole days the mentor is away, both ends included', () => {
    const workWeek = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => window(day, '09:00', '10:00'))
    const list = slots({
      availability: availability({ windows: workWeek, lengths: [60], horizonDays: 7, away: [{ from: '2026-01-06', to: '2026-01-08' }] }),
    })
    expect(list.map((slot) => slot.host.date)).toEqual(['2026-01-05', '2026-01-09'])
  })

  it('offers nothing without windows', () => {
    expect(slots({ availability: availability({ windows: [] }) })).toEqual([])
  })
})

describe('the next free slots and checking a chosen slot', () => {
  const mentor = availability({ windows: [window('tue', '09:00', '12:00')], lengths: [30], bufferMinutes: 10 })

  it('shows the next free slots after one another student just took', () => {
    const taken = { startsAt: '2026-01-06T14:40:00Z', endsAt: '2026-01-06T15:10:00Z' } // 09:40
    const next = nextFreeSlots({
      availability: mentor,
      length: 30,
      existing: [taken],
      now: '2026-01-04T00:00:00Z',
      viewerTimeZone: 'Europe/London',
      after: taken.startsAt,
    })
    expect(next.map((slot) => `${slot.host.date} ${slot.host.time}`)).toEqual(['2026-01-06 10:20', '2026-01-06 11:00', '2026-01-13 09:00'])
    expect(next[0].viewer).toEqual({ date: '2026-01-06', time: '15:20' })
  })

  it('keeps a slot the student saw bookable after a meeting elsewhere moved the slots after it', () => {
    const input = { availability: mentor, length: 30, existing: [], now: '2026-01-04T00:00:00Z', viewerTimeZone: 'America/New_York' }
    const seen = freeSlots(input).find((slot) => slot.host.date === '2026-01-06' && slot.host.time === '11:00')
    expect(seen?.startsAt).toBe('2026-01-06T16:00:00.000Z')
    // The mentor then books 09:05–09:35 with someone else: 11:00 is no longer in the layout, but still free.
    const moved = { ...input, existing: [{ startsAt: '2026-01-06T14:05:00Z', endsAt: '2026-01-06T14:35:00Z' }] }
    expect(timesOn(freeSlots(moved), '2026-01-06')).toEqual(['09:45', '10:25', '11:05'])
    expect(findFreeSlot(moved, seen!.startsAt)?.host.time).toBe('11:00')
  })

  it('confirms a free slot by its start and refuses a taken or invented one', () => {
    const input = { availability: mentor, length: 30, existing: [], now: '2026-01-04T00:00:00Z', viewerTimeZone: 'America/New_York' }
    expect(findFreeSlot(input, '2026-01-06T14:40:00.000Z')?.host.time).toBe('09:40')
    expect(findFreeSlot(input, '2026-01-06T14:52:00.000Z')).toBeNull() // 09:52 is off the 5-minute grid
    expect(findFreeSlot(input, '2026-01-06T16:50:00.000Z')).toBeNull() // 11:50 would run past the window
    expect(findFreeSlot(input, '2026-01-03T14:40:00.000Z')).toBeNull() // before now
    expect(findFreeSlot({ ...input, existing: [{ startsAt: '2026-01-06T14:40:00Z', endsAt: '2026-01-06T15:10:00Z' }] }, '2026-01-06T14:40:00Z')).toBeNull()
    expect(findFreeSlot(input, 'not a date')).toBeNull()
  })
})

describe('both people’s clocks', () => {
  it('labels a slot in the viewer’s time with the mentor’s beside it', () => {
    const list = slots({
      availability: availability({ windows: [window('tue', '09:30', '10:00')], lengths: [30] }),
      viewerTimeZone: 'Europe/London',
      now: '2026-02-25T00:00:00Z',
    })
    const [slot] = list
    expect(slot.viewer).toEqual({ date: '2026-03-03', time: '14:30' })
    expect(slotLabel(slot.startsAt, { viewerTimeZone: 'Europe/London', hostTimeZone: 'America/New_York' }).text).toBe(
      'Tue 3 Mar, 14:30 (your time) · 09:30 in New York',
    )
  })

  it('names the mentor’s day when it differs from the viewer’s, and says one time when both clocks agree', () => {
    const start = '2026-03-03T14:30:00Z' // 09:30 in New York, 01:30 on Wednesday in Sydney
    expect(slotLabel(start, { viewerTimeZone: 'Australia/Sydney', hostTimeZone: 'America/New_York' }).text).toBe(
      'Wed 4 Mar, 01:30 (your time) · Tue 3 Mar, 09:30 in New York',
    )
    expect(slotLabel(start, { viewerTimeZone: 'America/Toronto', hostTimeZone: 'America/New_York' })).toMatchObject({
      sameClock: true,
      text: 'Tue 3 Mar, 09:30',
    })
    const [slot] = slots({
      availability: availability({ windows: [window('tue', '09:30', '10:00')], lengths: [30] }),
      viewerTimeZone: 'Australia/Sydney',
      now: '2026-02-25T00:00:00Z',
    })
    expect(slot.viewer).toEqual({ date: '2026-03-04', time: '01:30' })
  })

  it('refuses a viewer time zone it does not know', () => {
    expect(() => slots({ availability: availability({ windows: [window('tue', '09:00', '10:00')] }), viewerTimeZone: 'Mars/Olympus' })).toThrow(
      'Unknown time zone',
    )
  })
})

/*
 * Daylight-saving changes in 2026:
 * New York: Sun 8 Mar 02:00 → 03:00; Sun 1 Nov 02:00 → 01:00 (01:00–02:00 twice).
 * London: Sun 29 Mar 01:00 → 02:00; Sun 25 Oct 02:00 → 01:00 (01:00–02:00 twice).
 * Sydney: Sun 5 Apr 03:00 → 02:00 (02:00–03:00 twice); Sun 4 Oct 02:00 → 03:00.
 */
describe('daylight-saving changes on the mentor’s clock', () => {
  const onSunday = (timeZone: string, now: string, early: [string, string]) =>
    slots({
      availability: availability({ timeZone, windows: [window('sun', ...early), window('sun', '09:00', '12:00')], lengths: [30], horizonDays: 10 }),
      now,
    })

  const expectNoRepeats = (list: ReturnType<typeof freeSlots>) => {
    expect(new Set(list.map((slot) => slot.startsAt)).size).toBe(list.length)
    expect(new Set(list.map((slot) => `${slot.host.date} ${slot.host.time}`)).size).toBe(list.length)
    for (const slot of list) expect(slot.end - slot.start).toBe(30 * minute)
  }

  it('New York, spring forward: no slot in the skipped hour, and 09:00 stays 09:00', () => {
    const list = onSunday('America/New_York', '2026-02-28T12:00:00Z', ['01:00', '04:00'])
    expect(timesOn(list, '2026-03-08')).toEqual(['01:00', '01:30', '03:00', '03:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(startsOn(list, '2026-03-08').slice(0, 4)).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ])
    expect(startAt(list, '2026-03-01', '09:00')).toBe('2026-03-01T14:00:00.000Z') // 09:00 EST
    expect(startAt(list, '2026-03-08', '09:00')).toBe('2026-03-08T13:00:00.000Z') // 09:00 EDT
    expectNoRepeats(list)
  })

  it('New York, spring forward: a window wholly inside the skipped hour offers nothing', () => {
    const list = onSunday('America/New_York', '2026-03-05T12:00:00Z', ['02:00', '03:00'])
    expect(timesOn(list, '2026-03-08')).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(timesOn(list, '2026-03-15').slice(0, 2)).toEqual(['02:00', '02:30'])
  })

  it('New York, fall back: the repeated hour is offered once, and 09:00 stays 09:00', () => {
    const list = onSunday('America/New_York', '2026-10-24T12:00:00Z', ['01:00', '03:00'])
    expect(timesOn(list, '2026-11-01')).toEqual(['01:00', '01:30', '02:00', '02:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(startsOn(list, '2026-11-01').slice(0, 3)).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-01T07:00:00.000Z'])
    expect(startAt(list, '2026-10-25', '09:00')).toBe('2026-10-25T13:00:00.000Z') // 09:00 EDT
    expect(startAt(list, '2026-11-01', '09:00')).toBe('2026-11-01T14:00:00.000Z') // 09:00 EST
    expectNoRepeats(list)
  })

  it('London, spring forward: no slot in the skipped hour', () => {
    const list = onSunday('Europe/London', '2026-03-21T12:00:00Z', ['00:30', '03:00'])
    expect(timesOn(list, '2026-03-29')).toEqual(['00:30', '02:00', '02:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(startsOn(list, '2026-03-29').slice(0, 2)).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z'])
    expect(startAt(list, '2026-03-22', '09:00')).toBe('2026-03-22T09:00:00.000Z') // 09:00 GMT
    expect(startAt(list, '2026-03-29', '09:00')).toBe('2026-03-29T08:00:00.000Z') // 09:00 BST
    expectNoRepeats(list)
  })

  it('London, fall back: the repeated hour is offered once', () => {
    const list = onSunday('Europe/London', '2026-10-17T12:00:00Z', ['00:30', '03:00'])
    expect(timesOn(list, '2026-10-25')).toEqual(['00:30', '01:00', '01:30', '02:00', '02:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    // 01:00 and 01:30 are the first (summer-time) readings; 02:00 comes an hour of real time after 01:30 ends.
    expect(startsOn(list, '2026-10-25').slice(0, 4)).toEqual([
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ])
    expect(startAt(list, '2026-10-25', '09:00')).toBe('2026-10-25T09:00:00.000Z') // 09:00 GMT
    expectNoRepeats(list)
  })

  it('Sydney, fall back in April: the repeated hour is offered once', () => {
    const list = onSunday('Australia/Sydney', '2026-03-28T00:00:00Z', ['01:30', '04:00'])
    expect(timesOn(list, '2026-04-05')).toEqual(['01:30', '02:00', '02:30', '03:00', '03:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    // 02:00 and 02:30 are the daylight-time readings (UTC+11); 03:00 is standard time (UTC+10).
    expect(startsOn(list, '2026-04-05').slice(1, 4)).toEqual(['2026-04-04T15:00:00.000Z', '2026-04-04T15:30:00.000Z', '2026-04-04T17:00:00.000Z'])
    expect(startAt(list, '2026-03-29', '09:00')).toBe('2026-03-28T22:00:00.000Z') // 09:00 AEDT
    expect(startAt(list, '2026-04-05', '09:00')).toBe('2026-04-04T23:00:00.000Z') // 09:00 AEST
    expectNoRepeats(list)
  })

  it('Sydney, spring forward in October: no slot in the skipped hour', () => {
    const list = onSunday('Australia/Sydney', '2026-09-26T00:00:00Z', ['01:00', '04:00'])
    expect(timesOn(list, '2026-10-04')).toEqual(['01:00', '01:30', '03:00', '03:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(startsOn(list, '2026-10-04').slice(1, 3)).toEqual(['2026-10-03T15:30:00.000Z', '2026-10-03T16:00:00.000Z'])
    expect(startAt(list, '2026-09-27', '09:00')).toBe('2026-09-26T23:00:00.000Z') // 09:00 AEST
    expect(startAt(list, '2026-10-04', '09:00')).toBe('2026-10-03T22:00:00.000Z') // 09:00 AEDT
    expectNoRepeats(list)
  })

  it('a window ending inside the skipped hour ends when the clock jumps', () => {
    // 01:00–02:30 on New York's spring-forward night is one hour of real time: 01:00 and 01:30 fit.
    const list = onSunday('America/New_York', '2026-03-05T12:00:00Z', ['01:00', '02:30'])
    expect(timesOn(list, '2026-03-08').slice(0, 2)).toEqual(['01:00', '01:30'])
    expect(list.find((slot) => slot.host.time === '01:30' && slot.host.date === '2026-03-08')?.endsAt).toBe('2026-03-08T07:00:00.000Z')
  })
})

describe('a mentor and a student whose clocks change on different dates', () => {
  const tuesdayMorning = availability({ timeZone: 'America/New_York', windows: [window('tue', '09:00', '09:30')], lengths: [30], horizonDays: 35 })

  it('New York mentor, London student: the gap between their clocks is four hours for the three weeks between the changes', () => {
    const list = slots({ availability: tuesdayMorning, viewerTimeZone: 'Europe/London', now: '2026-03-01T00:00:00Z' })
    expect(list.map((slot) => `${slot.host.date} ${slot.host.time} → ${slot.viewer.time}`)).toEqual([
      '2026-03-03 09:00 → 14:00',
      '2026-03-10 09:00 → 13:00',
      '2026-03-17 09:00 → 13:00',
      '2026-03-24 09:00 → 13:00',
      '2026-03-31 09:00 → 14:00',
    ])
    expect(slotLabel(list[1].startsAt, { viewerTimeZone: 'Europe/London', hostTimeZone: 'America/New_York' }).text).toBe(
      'Tue 10 Mar, 13:00 (your time) · 09:00 in New York',
    )
  })

  it('London mentor, Sydney student: London springs forward a week before Sydney falls back', () => {
    const mondayMorning = availability({ timeZone: 'Europe/London', windows: [window('mon', '09:00', '09:30')], lengths: [30], horizonDays: 21 })
    const list = slots({ availability: mondayMorning, viewerTimeZone: 'Australia/Sydney', now: '2026-03-21T00:00:00Z' })
    expect(list.map((slot) => `${slot.host.date} ${slot.host.time} → ${slot.viewer.date} ${slot.viewer.time}`)).toEqual([
      '2026-03-23 09:00 → 2026-03-23 20:00',
      '2026-03-30 09:00 → 2026-03-30 19:00',
      '2026-04-06 09:00 → 2026-04-06 18:00',
    ])
    expect(slotLabel(list[2].startsAt, { viewerTimeZone: 'Australia/Sydney', hostTimeZone: 'Europe/London' }).text).toBe(
      'Mon 6 Apr, 18:00 (your time) · 09:00 in London',
    )
  })

  it('Sydney mentor, New York student across both of their October changes', () => {
    const sundayMorning = availability({ timeZone: 'Australia/Sydney', windows: [window('mon', '08:00', '08:30')], lengths: [30], horizonDays: 45 })
    const list = slots({ availability: sundayMorning, viewerTimeZone: 'America/New_York', now: '2026-09-27T00:00:00Z' })
    const pairs = list.map((slot) => `${slot.host.date} ${slot.host.time} → ${slot.viewer.date} ${slot.viewer.time}`)
    expect(pairs.slice(0, 2)).toEqual(['2026-09-28 08:00 → 2026-09-27 18:00', '2026-10-05 08:00 → 2026-10-04 17:00'])
    expect(pairs).toContain('2026-11-02 08:00 → 2026-11-01 16:00')
  })
})

describe('slot rules hold for any zone, window and bookings', () => {
  const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Chatham']
  const quarter = fc.integer({ min: 0, max: 95 }).map((index) => index * 15)
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

  it('never overlaps a booking or its buffer, stays inside windows, notice and horizon, and never repeats a start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.array(fc.tuple(fc.constantFrom(...weekdays), quarter, fc.integer({ min: 2, max: 24 })), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(20, 30, 45, 60),
        fc.constantFrom(0, 5, 10, 15),
        fc.integer({ min: 0, max: 48 }),
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * 96 }), fc.constantFrom(20, 30, 60)), { maxLength: 40 }),
        (timeZone, viewerTimeZone, rawWindows, length, bufferMinutes, noticeHours, now, bookings) => {
          // Windows per day without overlaps, each long enough for one meeting.
          const windows: AvailabilityWindow[] = []
          for (const [weekday, start, quarters] of rawWindows) {
            const end = Math.min(start + quarters * 15, 1440)
            if (end - start < length) continue
            if (windows.some((other) => other.weekday === weekday && start < minutesOfClock(other.end) && end > minutesOfClock(other.start))) continue
            windows.push(window(weekday, clock(start), end === 1440 ? '24:00' : clock(end)))
          }
          const mentor = availability({ timeZone, windows, lengths: [length as 30], bufferMinutes, noticeHours, horizonDays: 40 })
          const existing = bookings.map(([offset, minutes]) => {
            const start = now.getTime() + offset * 15 * minute
            return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + minutes * minute).toISOString() }
          })
          const list = freeSlots({ availability: mentor, length, existing, now, viewerTimeZone })
          const buffer = bufferMinutes * minute
          for (let i = 0; i < list.length; i++) {
            const slot = list[i]
            const inZone = new TZDate(slot.start, timeZone)
            expect(slot.host).toEqual({ date: format(inZone, 'yyyy-MM-dd'), time: format(inZone, 'HH:mm') })
            const inViewer = new TZDate(slot.start, viewerTimeZone)
            expect(slot.viewer).toEqual({ date: format(inViewer, 'yyyy-MM-dd'), time: format(inViewer, 'HH:mm') })
            const weekday = format(inZone, 'EEE').toLowerCase()
            const time = minutesOfClock(slot.host.time)
            expect(windows.some((w) => w.weekday === weekday && minutesOfClock(w.start) <= time && time < minutesOfClock(w.end))).toBe(true)
            expect(slot.end - slot.start).toBe(length * minute)
            expect(slot.start).toBeGreaterThanOrEqual(now.getTime() + noticeHours * hour)
            expect(slot.start).toBeLessThanOrEqual(now.getTime() + 40 * 24 * hour)
            for (const booking of existing) {
              const [start, end] = [Date.parse(booking.startsAt), Date.parse(booking.endsAt)]
              expect(slot.end + buffer <= start || slot.start >= end + buffer).toBe(true)
            }
            if (i > 0) expect(slot.start).toBeGreaterThanOrEqual(list[i - 1].end + buffer)
          }
          expect(new Set(list.map((slot) => `${slot.host.date} ${slot.host.time}`)).size).toBe(list.length)
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('choosing a time zone', () => {
  it('offers every zone by place, UTC included, and keeps a member’s zone spelled as their browser reported it', () => {
    const choices = timeZoneChoices('Asia/Kolkata')
    expect(choices).toContainEqual({ value: 'America/New_York', label: 'New York (America)' })
    expect(choices).toContainEqual({ value: 'UTC', label: 'UTC' })
    expect(choices).toContainEqual({ value: 'Asia/Kolkata', label: 'Kolkata (Asia)' })
    expect(choices.every((choice) => isKnownTimeZone(choice.value))).toBe(true)
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false)
    expect(isKnownTimeZone('+05:00')).toBe(false)
  })
})

describe('the availability form’s checks', () => {
  const valid = {
    timeZone: 'Europe/London',
    windows: [window('tue', '09:00', '12:00')],
    lengths: ['30', '20'],
    bufferMinutes: '10',
    noticeHours: '24',
    horizonDays: '42',
    dailyLimit: '',
    away: [{ from: '2026-08-01', to: '2026-08-14' }],
  }
  const problems = (input: Record<string, unknown>) => {
    const result = availabilitySchema.safeParse({ ...valid, ...input })
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
  }

  it('accepts what the form sends, numbers as text, and an empty daily limit as none', () => {
    expect(availabilitySchema.parse(valid)).toEqual({
      timeZone: 'Europe/London',
      windows: [{ weekday: 'tue', start: '09:00', end: '12:00' }],
      lengths: [20, 30],
      bufferMinutes: 10,
      noticeHours: 24,
      horizonDays: 42,
      dailyLimit: null,
      away: [{ from: '2026-08-01', to: '2026-08-14' }],
    })
    expect(availabilitySchema.parse({ ...valid, dailyLimit: '3', lengths: '45', windows: [window('sat', '18:00', '24:00')] })).toMatchObject({
      dailyLimit: 3,
      lengths: [45],
    })
  })

  it('says which window ends before it starts, which overlaps, and which is too short', () => {
    expect(problems({ windows: [window('tue', '12:00', '09:00')] })).toEqual({
      'windows.0.end': 'This window ends (09:00) before it starts (12:00): pick a later end.',
    })
    expect(problems({ windows: [window('tue', '09:00', '12:00'), window('wed', '09:00', '10:00'), window('tue', '11:00', '13:00')] })).toEqual({
      'windows.2.start': 'This overlaps your Tuesday 09:00–12:00 window: join them or move this one.',
    })
    expect(problems({ windows: [window('tue', '09:00', '09:15')] })).toEqual({
      'windows.0.end': 'This window is 15 minutes long, shorter than your shortest meeting (20 minutes).',
    })
    expect(problems({ windows: [window('tue', '9am', '25:00')] })).toEqual({
      'windows.0.start': 'Write the start as a 24-hour time, like 09:00.',
      'windows.0.end': 'Write the end as a 24-hour time, like 17:30.',
    })
    expect(problems({ windows: [window('tue', '09:03', '12:00')] })).toEqual({ 'windows.0.start': 'Use times in 5-minute steps (09:00, 09:05, 09:10 …).' })
  })

  it('names an unknown time zone, a length not offered, numbers out of range and away days in the wrong order', () => {
    expect(problems({ timeZone: 'Mars/Olympus' })).toEqual({ timeZone: 'Choose your time zone from the list: “Mars/Olympus” is not one we know.' })
    expect(problems({ lengths: ['25'] })).toEqual({ 'lengths.0': 'Choose meeting lengths from 15, 20, 30, 45, 60 or 90 minutes.' })
    expect(problems({ lengths: [] })).toEqual({ lengths: 'Offer at least one meeting length.' })
    expect(problems({ bufferMinutes: '500' })).toEqual({ bufferMinutes: 'Keep the buffer between meetings between 0 and 120 minutes.' })
    expect(problems({ noticeHours: 'soon' })).toHaveProperty('noticeHours')
    expect(problems({ horizonDays: '0' })).toEqual({ horizonDays: 'Let students book from 1 to 180 days ahead.' })
    expect(problems({ dailyLimit: '0' })).toEqual({ dailyLimit: 'A daily limit is 1 to 20 meetings, or leave it empty for none.' })
    expect(problems({ away: [{ from: '2026-08-14', to: '2026-08-01' }] })).toEqual({
      'away.0.to': 'The last day away (2026-08-01) is before the first (2026-08-14).',
    })
    expect(problems({ away: [{ from: '2026-02-30', to: '2026-03-01' }] })).toEqual({ 'away.0.from': 'Write the first day as a date, like 2026-03-14.' })
  })
})
