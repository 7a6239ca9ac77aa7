import { calendarText, escapeText, paramValue, utcDateTime } from './ical'

/*
 * Calendar invitations for meetings, and a member's private feed.
 *
 * Written by hand (./ical.ts) rather than with the `ics` package src/events/calendar.ts uses: `ics`
 * folds lines by characters, not the 75 octets RFC 5545 requires (a chosen name with accents or
 * emoji makes over-long lines some calendar apps reject), and it has no way to keep every address
 * out while still writing the ORGANIZER that METHOD:REQUEST needs.
 *
 * Privacy: the only email address an invitation may hold is the platform's own (EMAIL_FROM's
 * address), as ORGANIZER and as each ATTENDEE's address beside their chosen name. Without it the
 * file names nobody's address at all. A member's address would tell the other person how to reach
 * them outside the platform; `withhold` is a last guard that blanks any such address that reached
 * a note or place by mistake.
 */

export interface CalendarMeeting {
  id: string | number
  startsAt: string | number | Date
  endsAt: string | number | Date
  /** Chosen names only. */
  mentorName: string
  menteeName: string
  /** The meeting link the mentor set (their own video room), if any. */
  link?: string | null
  /** A place, or how a call happens ("Phone call: Alex calls you"), if any. */
  place?: string | null
  /** A short agenda or note both see. */
  note?: string | null
  /** Raised by the caller on every change (time, place, link, cancellation); starts at 0. */
  sequence?: number
  cancelled?: boolean
}

export interface InvitationOptions {
  /** The platform's sending address, e.g. EMAIL_FROM ("Pride Career Network <platform@example.org>" or the bare address). */
  platformAddress?: string | null
  /** Shown as the organizer's name. */
  platformName?: string
  /** The site's host name, for UIDs (default: SERVER_URL's host). */
  siteHost?: string
  /** Where the two manage the meeting (e.g. https://site/account/meetings), added to the description. */
  manageURL?: string
  /** Addresses that must not appear (both members'); any occurrence is blanked. */
  withhold?: Array<string | null | undefined>
  /** DTSTAMP; defaults to the present moment. */
  now?: Date
}

const productId = '-//Pride Career Network//Meetings//EN'
const withheldText = '(address withheld)'

const instantOf = (value: string | number | Date) => (value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value))

/** The bare address of an EMAIL_FROM-style value, or null. */
export function bareAddress(from: string | null | undefined): string | null {
  if (!from) return null
  const match = /<([^<>\s]+@[^<>\s]+)>/.exec(from) ?? /^\s*([^<>\s"]+@[^<>\s"]+)\s*$/.exec(from)
  return match ? match[1].toLowerCase() : null
}

/** Where UIDs live: the site's host name, so a meeting keeps its UID in every file and feed. */
export function siteHostName(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return env.SERVER_URL ? new URL(env.SERVER_URL).hostname || 'pride-career-network' : 'pride-career-network'
  } catch {
    return 'pride-career-network'
  }
}

/** The meeting's UID: the same for every update and the cancellation, so calendars replace, not add. */
export const meetingUID = (id: string | number, siteHost: string) => `meeting-${id}@${siteHost}`

function withholding(addresses: InvitationOptions['withhold']) {
  const blocked = (addresses ?? []).filter((address): address is string => Boolean(address && address.includes('@'))).map((address) => address.toLowerCase())
  return (text: string) => {
    let result = text
    for (const address of blocked) {
      let at = result.toLowerCase().indexOf(address)
      while (at !== -1) {
        result = result.slice(0, at) + withheldText + result.slice(at + address.length)
        at = result.toLowerCase().indexOf(address, at + withheldText.length)
      }
    }
    return result
  }
}

/** Only http(s) links become URL; anything else is left out rather than passed to calendar apps. */
function webLink(link: string | null | undefined): string | null {
  if (!link) return null
  try {
    const url = new URL(link.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

function eventLines(meeting: CalendarMeeting, options: InvitationOptions & { siteHost: string; addresses: boolean }): string[] {
  const clean = withholding(options.withhold)
  const start = instantOf(meeting.startsAt)
  const end = instantOf(meeting.endsAt)
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) throw new RangeError(`Meeting ${meeting.id} needs a start before its end.`)
  const mentor = clean(meeting.mentorName.trim())
  const mentee = clean(meeting.menteeName.trim())
  const link = webLink(meeting.link)
  const place = meeting.place?.trim() ? clean(meeting.place.trim()) : null
  const description = [
    `Mentoring meeting of ${mentor} (mentor) and ${mentee}.`,
    meeting.note?.trim() ? clean(meeting.note.trim()) : null,
    link ? `Join: ${link}` : null,
    place ? `Where: ${place}` : null,
    options.manageURL ? `Reschedule or cancel: ${options.manageURL}` : null,
  ]
    .filter(Boolean)
    .join('\n\n')

  const lines = [
    'BEGIN:VEVENT',
    `UID:${meetingUID(meeting.id, options.siteHost)}`,
    `SEQUENCE:${Math.max(0, Math.floor(meeting.sequence ?? 0))}`,
    `DTSTAMP:${utcDateTime((options.now ?? new Date()).getTime())}`,
    `DTSTART:${utcDateTime(start)}`,
    `DTEND:${utcDateTime(end)}`,
    `SUMMARY:${escapeText(`${mentor} and ${mentee}: mentoring meeting`)}`,
    `DESCRIPTION:${escapeText(description)}`,
  ]
  if (place || link) lines.push(`LOCATION:${escapeText(place ?? link ?? '')}`)
  if (link) lines.push(`URL:${link}`)
  lines.push(`STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, `TRANSP:${meeting.cancelled ? 'TRANSPARENT' : 'OPAQUE'}`)
  const platform = options.addresses ? bareAddress(options.platformAddress) : null
  if (platform) {
    const name = paramValue(options.platformName ?? 'Pride Career Network')
    lines.push(`ORGANIZER;CN=${name}:mailto:${platform}`)
    for (const person of [mentor, mentee]) {
      // The person's chosen name with the platform's address: RFC 5546 wants attendees on a
      // REQUEST, and replies (none are asked for) could only reach the platform.
      lines.push(`ATTENDEE;CN=${paramValue(person)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${platform}`)
    }
  }
  lines.push('END:VEVENT')
  return lines
}

function calendar(method: 'REQUEST' | 'CANCEL' | 'PUBLISH', events: string[][], extra: string[] = []): string {
  return calendarText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...extra,
    ...events.flat(),
    'END:VCALENDAR',
  ])
}

/**
 * The invitation for a booked or changed meeting (METHOD:REQUEST). Raise `meeting.sequence` on
 * every change: calendar apps then update the event they already hold under the same UID.
 */
export function meetingInvitation(meeting: CalendarMeeting, options: InvitationOptions = {}): string {
  const siteHost = options.siteHost ?? siteHostName()
  return calendar('REQUEST', [eventLines({ ...meeting, cancelled: false }, { ...options, siteHost, addresses: true })])
}

/** The cancellation (METHOD:CANCEL, STATUS:CANCELLED): same UID, the raised sequence. */
export function meetingCancellation(meeting: CalendarMeeting, options: InvitationOptions = {}): string {
  const siteHost = options.siteHost ?? siteHostName()
  return calendar('CANCEL', [eventLines({ ...meeting, cancelled: true }, { ...options, siteHost, addresses: true })])
}

/**
 * A member's private feed (METHOD:PUBLISH): their meetings as VEVENTs under the same UIDs as the
 * invitations, with no addresses at all. Cancelled meetings stay in as STATUS:CANCELLED so a
 * subscribed calendar drops them.
 */
export function calendarFeed(
  meetings: CalendarMeeting[],
  { name, ...options }: Omit<InvitationOptions, 'platformAddress' | 'platformName'> & { name: string },
): string {
  const siteHost = options.siteHost ?? siteHostName()
  const events = meetings.map((meeting) => eventLines(meeting, { ...options, siteHost, addresses: false }))
  return calendar('PUBLISH', events, [`X-WR-CALNAME:${escapeText(name)}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H'])
}
