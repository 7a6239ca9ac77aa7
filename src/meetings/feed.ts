import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { idOf } from '@/access'
import { siteURL } from '@/lib/site-url'
import { chosenNames, type Member } from '@/mentorship/requests'

import { calendarFeed, type CalendarMeeting } from './invitation'
import { meetingKindLabel } from './options'
import { DAY } from './zone'

/*
 * Each member's private calendar feed: an address with a secret in it, which a calendar app
 * subscribes to. Anyone holding the address sees the member's meetings (names and times, the
 * link or place), so it is made only when the member asks, shown only to them, and replaced
 * (the old address stops working) when they ask again.
 */

const tokenPattern = /^[A-Za-z0-9_-]{32,64}$/
/** A turned-off feed: no address can match it (the colon is outside the token pattern). */
const offPrefix = 'off:'

export const feedURL = (token: string) => `${siteURL()}/calendar/${token}.ics`

/** The member's feed address, or null when they have not made one. */
export async function feedTokenOf(payload: Payload, member: Member): Promise<string | null> {
  const user = await payload.findByID({
    collection: 'users',
    id: member.id,
    select: { calendarFeedToken: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const token = user?.calendarFeedToken
  return token && tokenPattern.test(token) ? token : null
}

/** Makes a new secret for the member's feed; any address given out before stops working. */
export async function renewFeedToken(payload: Payload, member: Member): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await payload.update({ collection: 'users', id: member.id, data: { calendarFeedToken: token }, overrideAccess: true })
  return token
}

/**
 * Turns the feed off: the address stops working and no new one is made. The field keeps an
 * unusable value rather than none: MongoDB's unique index would count two empty ones as equal.
 */
export async function revokeFeedToken(payload: Payload, member: Member): Promise<void> {
  await payload.update({
    collection: 'users',
    id: member.id,
    data: { calendarFeedToken: `${offPrefix}${randomBytes(16).toString('hex')}` },
    overrideAccess: true,
  })
}

/**
 * The feed behind a token: the member's meetings from 30 days ago on (cancelled ones stay in, so a
 * subscribed calendar drops them), or null when the token is unknown.
 */
export async function feedFor(payload: Payload, token: string, now: Date = new Date()): Promise<string | null> {
  if (!tokenPattern.test(token)) return null
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { calendarFeedToken: { equals: token } },
    select: { chosenName: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const member = users[0]
  if (!member) return null
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
        { status: { in: ['booked', 'cancelled'] } },
        { endsAt: { greater_than: new Date(now.getTime() - 30 * DAY).toISOString() } },
      ],
    },
    sort: 'startsAt',
    depth: 0,
    limit: 500,
    overrideAccess: true,
  })
  const names = await chosenNames(
    payload,
    docs.flatMap((meeting) => [idOf(meeting.student)!, idOf(meeting.mentor)!]),
  )
  const meetings: CalendarMeeting[] = docs.map((meeting) => ({
    id: meeting.id,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    mentorName: names.get(String(idOf(meeting.mentor))) ?? 'Mentor',
    menteeName: names.get(String(idOf(meeting.student))) ?? 'Mentee',
    link: meeting.how === 'video' ? meeting.whereDetail : null,
    place: meeting.how === 'video' ? null : [meetingKindLabel(meeting.how), meeting.whereDetail].filter(Boolean).join(': '),
    note: meeting.note,
    sequence: meeting.sequence ?? 0,
    cancelled: meeting.status === 'cancelled',
  }))
  return calendarFeed(meetings, { name: `Meetings of ${member.chosenName}`, manageURL: `${siteURL()}/account/meetings` })
}
