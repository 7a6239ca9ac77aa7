import { describe, expect, it } from 'vitest'

import { slotPage } from '@/app/(frontend)/account/requests/[id]/booking'
import { describeMeetingRecord } from '@/components/meetings/BookingRecord'
import type { Availability } from '@/meetings/availability'
import { freeSlots } from '@/meetings/slots'

/*
 * What the request page's booking step shows: free times on the viewer's clock with the mentor's
 * beside it, a week of days with times per page, and the reliability line.
 */

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const newYorkMornings: Availability = {
  timeZone: 'America/New_York',
  windows: weekdays.map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
  lengths: [30],
  bufferMinutes: 0,
  noticeHours: 0,
  horizonDays: 28,
  dailyLimit: null,
  away: [],
}
// A Tuesday in winter: New York is UTC-5, Berlin UTC+1, Sydney UTC+11.
const now = '2026-12-01T00:00:00.000Z'
const slotsFor = (viewerTimeZone: string) => freeSlots({ availability: newYorkMornings, length: 30, existing: [], now, viewerTimeZone })

describe('the booking step on the request page', () => {
  it('shows a student in Berlin each time on their clock with the mentor’s New York time beside it', () => {
    const page = slotPage(slotsFor('Europe/Berlin'), 'America/New_York')
    expect(page.days[0].day).toBe('Tue 1 Dec')
    expect(page.days[0].slots.map((slot) => [slot.time, slot.otherClock])).toEqual([
      ['15:00', '09:00 in New York'],
      ['15:30', '09:30 in New York'],
    ])
  })

  it('names the mentor’s day too when their clock is on another date (Sydney is a day ahead)', () => {
    const [first] = slotPage(slotsFor('Australia/Sydney'), 'America/New_York').days[0].slots
    expect(first).toMatchObject({ day: 'Wed 2 Dec', time: '01:00', otherClock: 'Tue 1 Dec, 09:00 in New York' })
  })

  it('shows one label when the viewer’s clock is the mentor’s', () => {
    const [first] = slotPage(slotsFor('America/New_York'), 'America/New_York').days[0].slots
    expect(first).toMatchObject({ time: '09:00', otherClock: null })
  })

  it('pages through the weeks: seven days with times at once, with earlier and later pages', () => {
    const slots = slotsFor('Europe/Berlin')
    const first = slotPage(slots, 'America/New_York')
    expect(first.days).toHaveLength(7)
    expect(first.earlier).toBeNull()
    expect(first.later).toBe('2026-12-08')

    const second = slotPage(slots, 'America/New_York', first.later)
    expect(second.days[0].date).toBe('2026-12-08')
    expect(second.earlier).toBe('2026-12-01')

    // An address from after the horizon shows the last page rather than nothing.
    const beyond = slotPage(slots, 'America/New_York', '2027-06-01')
    expect(beyond.days).toHaveLength(7)
    expect(beyond.days.at(-1)!.date).toBe(slots.at(-1)!.viewer.date)
    expect(beyond.later).toBeNull()
  })
})

describe('the reliability line', () => {
  it('says nothing before three meetings', () => {
    expect(describeMeetingRecord({ meetings: 2, lateCancellations: 1, missed: 0 })).toBeNull()
  })

  it('counts kept meetings, and late cancellations and misses beside them', () => {
    expect(describeMeetingRecord({ meetings: 10, lateCancellations: 1, missed: 0 })).toBe('Kept 9 of 10 meetings · 1 cancelled late')
    expect(describeMeetingRecord({ meetings: 4, lateCancellations: 0, missed: 1 })).toBe('Kept 3 of 4 meetings · 1 missed')
    expect(describeMeetingRecord({ meetings: 3, lateCancellations: 0, missed: 0 })).toBe('Kept 3 of 3 meetings')
  })
})
