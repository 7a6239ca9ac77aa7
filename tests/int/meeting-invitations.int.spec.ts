import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { calendarFeed, meetingCancellation, meetingInvitation, meetingUID, type CalendarMeeting, type InvitationOptions } from '@/meetings/invitation'

/*
 * Both people get a calendar invitation for a booked meeting, an update when it moves and a
 * cancellation when it is called off, and each has a private feed. Calendar apps must accept the
 * files, and neither person may learn the other's email address from them. The files are parsed
 * back with ical.js, a calendar parser the tests do not share with the code.
 */

const platform = 'platform@mentoring.example.org'
const options: InvitationOptions = {
  platformAddress: `Pride Career Network <${platform}>`,
  siteHost: 'mentoring.example.org',
  manageURL: 'https://mentoring.example.org/account/meetings',
  now: new Date('2026-03-01T10:00:00Z'),
  withhold: ['alex.rivera@gmail.com', 'sam@lakeside.edu'],
}

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: 42,
  startsAt: '2026-03-03T14:30:00.000Z',
  endsAt: '2026-03-03T15:00:00.000Z',
  mentorName: 'Alex',
  menteeName: 'Sam',
  link: 'https://meet.example.com/alex-room',
  note: 'Résumé review',
  sequence: 0,
  ...overrides,
})

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent')
  const event = events[0]
  const value = (name: string) => event.getFirstPropertyValue(name)
  return {
    calendar,
    events,
    method: calendar.getFirstPropertyValue('method'),
    uid: value('uid'),
    sequence: value('sequence'),
    status: value('status'),
    start: (value('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (value('dtend') as ICAL.Time).toJSDate().toISOString(),
    startIsUTC: (value('dtstart') as ICAL.Time).zone === ICAL.Timezone.utcTimezone,
    summary: value('summary'),
    description: value('description') as string,
    location: value('location'),
    url: value('url'),
    organizer: value('organizer'),
    attendees: event.getAllProperties('attendee').map((property) => ({ address: property.getFirstValue(), name: property.getParameter('cn') })),
  }
}

/** Every email-like string in a file, its UID lines aside (a UID is id@host, not an address). */
function addressesIn(text: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  const lines = unfolded.split('\r\n').filter((line) => !line.startsWith('UID:'))
  return [...lines.join('\n').matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((match) => match[0].toLowerCase())
}

describe('a meeting invitation', () => {
  it('asks calendars to add the meeting, in UTC, naming the two people by their chosen names', () => {
    const parsed = parse(meetingInvitation(meeting(), options))
    expect(parsed).toMatchObject({
      method: 'REQUEST',
      uid: 'meeting-42@mentoring.example.org',
      sequence: 0,
      status: 'CONFIRMED',
      start: '2026-03-03T14:30:00.000Z',
      end: '2026-03-03T15:00:00.000Z',
      startIsUTC: true,
      summary: 'Alex and Sam: mentoring meeting',
      location: 'https://meet.example.com/alex-room',
      url: 'https://meet.example.com/alex-room',
      organizer: `mailto:${platform}`,
    })
    expect(parsed.description).toContain('Mentoring meeting of Alex (mentor) and Sam.')
    expect(parsed.description).toContain('Résumé review')
    expect(parsed.description).toContain('Join: https://meet.example.com/alex-room')
    expect(parsed.description).toContain('Reschedule or cancel: https://mentoring.example.org/account/meetings')
    expect(parsed.attendees).toEqual([
      { address: `mailto:${platform}`, name: 'Alex' },
      { address: `mailto:${platform}`, name: 'Sam' },
    ])
  })

  it('keeps the UID and raises the sequence when the meeting moves, so calendars update it', () => {
    const first = parse(meetingInvitation(meeting(), options))
    const moved = parse(meetingInvitation(meeting({ startsAt: '2026-03-05T16:00:00Z', endsAt: '2026-03-05T16:30:00Z', sequence: 1 }), options))
    expect(moved.uid).toBe(first.uid)
    expect(moved.sequence).toBe(1)
    expect(moved.start).toBe('2026-03-05T16:00:00.000Z')
    expect(meetingUID(42, 'mentoring.example.org')).toBe(first.uid)
  })

  it('cancels with the same UID, a raised sequence and STATUS:CANCELLED', () => {
    const cancelled = parse(meetingCancellation(meeting({ sequence: 2 }), options))
    expect(cancelled).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: 'meeting-42@mentoring.example.org', sequence: 2 })
  })

  it('holds no email address but the platform’s, even when a member’s slipped into a note', () => {
    const text = meetingInvitation(
      meeting({ note: 'Sam wrote: reach me at sam@lakeside.edu, or Alex.Rivera@gmail.com', place: 'Room 2; ask for alex.rivera@gmail.com' }),
      options,
    )
    expect(addressesIn(text)).toEqual(Array(addressesIn(text).length).fill(platform))
    expect(addressesIn(text).length).toBeGreaterThanOrEqual(3) // organizer and both attendees
    expect(text.toLowerCase()).not.toContain('lakeside.edu')
    expect(parse(text).description).toContain('reach me at (address withheld), or (address withheld)')
    expect(addressesIn(meetingCancellation(meeting(), options))).toEqual([platform, platform, platform])
  })

  it('names no address at all without a platform address', () => {
    const text = meetingInvitation(meeting(), { ...options, platformAddress: undefined })
    expect(addressesIn(text)).toEqual([])
    expect(text).not.toMatch(/^(ORGANIZER|ATTENDEE)/m)
  })

  it('gives the place as the location, and leaves out a link that is not a web address', () => {
    const atPlace = parse(meetingInvitation(meeting({ link: null, place: 'Career Center, room 2' }), options))
    expect(atPlace.location).toBe('Career Center, room 2')
    expect(atPlace.url).toBeNull()
    const risky = meetingInvitation(meeting({ link: 'javascript:alert(1)' }), options)
    expect(risky).not.toContain('javascript:')
    expect(parse(risky).location).toBeNull()
  })

  it('escapes commas, semicolons, backslashes and line breaks so the text reads back unchanged', () => {
    const note = 'Bring: CV, cover letter; portfolio\nSecond line \\ with a backslash'
    const text = meetingInvitation(meeting({ note, menteeName: 'Sam; Jo, M.' }), options)
    const parsed = parse(text)
    expect(parsed.description).toContain(note)
    expect(parsed.summary).toBe('Alex and Sam; Jo, M.: mentoring meeting')
    expect(text.replace(/\r\n /g, '')).toContain('Bring: CV\\, cover letter\\; portfolio\\nSecond line \\\\ with')
    expect(parsed.attendees[1].name).toBe('Sam; Jo, M.')
  })

  it('folds every line at 75 octets without splitting a character, and ends lines with CRLF', () => {
    const note = 'Über-long agenda 🏳️‍🌈 '.repeat(20) + 'façade naïve café 日本語'.repeat(5)
    const text = meetingInvitation(meeting({ note, mentorName: 'Zoë 🌈 Ångström-Łukasiewicz' }), options)
    const lines = text.split('\r\n')
    expect(lines.at(-1)).toBe('') // ends with CRLF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    expect(text).not.toContain('\uFFFD')
    expect(parse(text).description).toContain(note)
    expect(parse(text).summary).toBe('Zoë 🌈 Ångström-Łukasiewicz and Sam: mentoring meeting')
  })

  it('refuses a meeting that ends before it starts', () => {
    expect(() => meetingInvitation(meeting({ endsAt: '2026-03-03T14:00:00Z' }), options)).toThrow('needs a start before its end')
  })
})

describe('a member’s private calendar feed', () => {
  const meetings = [
    meeting(),
    meeting({ id: 'abc123', startsAt: '2026-03-10T09:00:00Z', endsAt: '2026-03-10T09:45:00Z', link: null, place: 'Phone call', sequence: 3, cancelled: true }),
  ]

  it('publishes their meetings under the invitations’ UIDs, cancelled ones marked, with no addresses', () => {
    const text = calendarFeed(meetings, { name: 'Sam’s mentoring meetings', siteHost: 'mentoring.example.org', now: new Date('2026-03-01T10:00:00Z') })
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sam’s mentoring meetings')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.map((event) => [event.getFirstPropertyValue('uid'), event.getFirstPropertyValue('status'), event.getFirstPropertyValue('sequence')])).toEqual(
      [
        ['meeting-42@mentoring.example.org', 'CONFIRMED', 0],
        ['meeting-abc123@mentoring.example.org', 'CANCELLED', 3],
      ],
    )
    expect(addressesIn(text)).toEqual([])
    expect(text).not.toMatch(/^(ORGANIZER|ATTENDEE)/m)
  })

  it('is a valid empty calendar when there is nothing upcoming', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarFeed([], { name: 'Nothing yet', siteHost: 'mentoring.example.org' })))
    expect(calendar.getAllSubcomponents('vevent')).toEqual([])
  })
})
