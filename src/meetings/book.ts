import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf, isSameId } from '@/access'
import { blockBetween } from '@/blocks/lookup'
import { queueEmail } from '@/email/outbox'
import { meetingMessage, meetingSubject, type MeetingEmailKind } from '@/email/templates/meetings'
import { takeFromLimit } from '@/limits'
import { inTransaction } from '@/lib/transaction'
import { siteURL } from '@/lib/site-url'
import { chosenNames, emailAddressOf, type Member } from '@/mentorship/requests'
import { availabilitySchema } from '@/schemas/availability'
import { bookingSchema, changeNoteSchema, markSchema, meetingPlaceSchema, pathErrors, type BookingInput, type MeetingPlace } from '@/schemas/meetings'

import type { Meeting, MentorProfile, MentorshipRequest } from '../../payload-types'
import type { Availability } from './availability'
import { BookingBusy, withBookingLock } from './lock'
import { bareAddress, meetingCancellation, meetingInvitation, type CalendarMeeting } from './invitation'
import { defaultLateCancellationHours, holdingStatuses, meetingKindLabel, type MeetingKind } from './options'
import { findFreeSlot, freeSlots, nextFreeSlots, slotLabel, type BusyMeeting, type Slot } from './slots'
import { DAY, HOUR, dayNumberOf, instantFrom, isKnownTimeZone, localDay, wallAt } from './zone'

/*
 * Booking meetings inside a mentorship.
 *
 * A Mentor or Connector keeps booking hours on their profile (`schedule`, checked by
 * src/schemas/availability.ts) and how they meet (`meetingPlace`). Inside an accepted mentorship
 * the student books one of their free slots, or the mentor proposes one for the student to
 * accept; a Connector may also accept a waiting request as a booked session.
 *
 * Two bookings of one slot: each booking checks the slot and writes the meeting while it holds the
 * mentor's booking lock (./lock.ts), which works across server instances, so the second always
 * sees the first. The meeting's `slotClaim` (profile@start) is unique as well: should anything
 * write around the lock, the database still refuses a second meeting at the same start.
 */

export type MeetingErrors = Partial<Record<'startsAt' | 'length' | 'timeZone' | 'note' | 'mark' | 'form', string>>
export type MeetingRefusal = { ok: false; status: 400 | 403 | 404 | 409 | 429; errors: MeetingErrors; nextSlots?: Slot[] }
export type MeetingOutcome<T = object> = ({ ok: true } & T) | MeetingRefusal
type Id = number | string

/** Upcoming meetings one mentorship may hold at once: enough to plan ahead, not to hoard a mentor's week. */
export const upcomingPerMentorship = 3
/** How long after a meeting ends either person may still say whether it was held. */
export const markWithinMs = 30 * DAY

const refuse = (status: MeetingRefusal['status'], form: string, nextSlots?: Slot[]): MeetingRefusal => ({ ok: false, status, errors: { form }, nextSlots })
const notFound = () => refuse(404, 'This meeting or mentorship does not exist, or it is not yours to see.')

/** Each booking, proposal, move or cancellation emails the other person: counted per account (src/limits/policies.ts). */
async function tooManyChanges(payload: Payload, member: Member): Promise<MeetingRefusal | null> {
  const refusal = await takeFromLimit(payload, 'meeting', { account: member.id })
  return refusal ? refuse(429, refusal.message) : null
}

/** The profile's booking hours, or null when none are set (or what is stored no longer passes the checks). */
export function scheduleOf(profile: Pick<MentorProfile, 'schedule'> | null | undefined): Availability | null {
  if (!profile?.schedule) return null
  const parsed = availabilitySchema.safeParse(profile.schedule)
  return parsed.success ? parsed.data : null
}

export function meetingPlaceOf(profile: Pick<MentorProfile, 'meetingPlace'> | null | undefined): MeetingPlace | null {
  if (!profile?.meetingPlace) return null
  const parsed = meetingPlaceSchema.safeParse(profile.meetingPlace)
  return parsed.success ? parsed.data : null
}

async function lateCancellationHours(payload: Payload): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const hours = (settings as { lateCancellationHours?: number | null }).lateCancellationHours
  return typeof hours === 'number' && hours >= 0 ? hours : defaultLateCancellationHours
}

/* ---------- Saving booking hours ---------- */

export type ScheduleSaved = { ok: true; schedule: Availability; place: MeetingPlace } | { ok: false; status: 400 | 404; errors: Record<string, string> }

/**
 * The member saves their booking hours and how they meet, from /account/profile/availability.
 * Errors are keyed by the path of the field that has them ('windows.0.end', 'place.detail').
 */
export async function saveSchedule(payload: Payload, member: Member, input: { schedule: unknown; place: unknown }): Promise<ScheduleSaved> {
  const profile = await profileOfMember(payload, member.id)
  if (!profile) return { ok: false, status: 404, errors: { form: 'Only Mentors and Connectors with a directory profile take bookings.' } }
  const schedule = availabilitySchema.safeParse(input.schedule)
  const place = meetingPlaceSchema.safeParse(input.place)
  if (!schedule.success || !place.success) {
    const errors: Record<string, string> = {}
    if (!schedule.success) Object.assign(errors, pathErrors(schedule.error))
    if (!place.success) for (const [key, message] of Object.entries(pathErrors(place.error))) errors[`place.${key}`] = message
    return { ok: false, status: 400, errors }
  }
  await payload.update({
    collection: 'mentor-profiles',
    id: profile.id,
    data: { schedule: schedule.data, meetingPlace: place.data },
    overrideAccess: true,
  })
  return { ok: true, schedule: schedule.data, place: place.data }
}

async function profileOfMember(payload: Payload, memberId: Id, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: memberId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/* ---------- Loading what a booking needs ---------- */

type Side = 'student' | 'mentor'

export interface BookingContext {
  request: MentorshipRequest
  side: Side
  profile: MentorProfile
  schedule: Availability
  place: MeetingPlace
  student: Id
  mentor: Id
}

function sideOf(member: Member, request: Pick<MentorshipRequest, 'student' | 'mentor'>): Side | null {
  if (isSameId(request.student, member.id)) return 'student'
  if (isSameId(request.mentor, member.id)) return 'mentor'
  return null
}

const isId = (value: unknown) => /^[0-9a-f]{1,24}$/i.test(String(value))

async function loadRequest(payload: Payload, id: Id) {
  if (!isId(id)) return null
  return payload.findByID({ collection: 'mentorship-requests', id, depth: 0, overrideAccess: true, disableErrors: true })
}

async function loadMeeting(payload: Payload, id: Id) {
  if (!isId(id)) return null
  return payload.findByID({ collection: 'meetings', id, depth: 0, overrideAccess: true, disableErrors: true })
}

/**
 * What booking inside this request needs, or why it cannot happen: the member must be one of
 * the two, the mentorship accepted (or, for a Connector's session, waiting), no block between
 * them, and the mentor's hours set.
 */
export async function bookingContext(
  payload: Payload,
  member: Member,
  requestId: Id,
  { allowWaiting = false }: { allowWaiting?: boolean } = {},
): Promise<MeetingOutcome<{ context: BookingContext }>> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side) return notFound()
  const waiting = request.status === 'pending' || request.status === 'more-info'
  if (request.status !== 'accepted' && !(allowWaiting && waiting)) {
    return refuse(409, waiting ? 'Meetings are booked once the request is accepted.' : 'This mentorship is closed, so no new meetings can be booked in it.')
  }
  const student = idOf(request.student)!
  const mentor = idOf(request.mentor)!
  if (await blockBetween(payload, student, mentor)) return refuse(403, 'Meetings cannot be booked in this conversation.')
  const profile = await profileOfMember(payload, mentor)
  if (!profile) return refuse(409, 'This Mentor or Connector is no longer in the directory.')
  const schedule = scheduleOf(profile)
  const place = meetingPlaceOf(profile)
  if (!schedule || schedule.windows.length === 0 || !place) {
    return refuse(
      409,
      side === 'mentor'
        ? 'Set your booking hours and how you meet on your profile first.'
        : `${profile.displayName} hasn’t set booking hours yet. Ask them in a message when suits you both.`,
    )
  }
  if (profile.paused && (!profile.pausedUntil || new Date(profile.pausedUntil) > new Date())) {
    return refuse(409, `${profile.displayName} has paused their involvement, so meetings cannot be booked for now.`)
  }
  return { ok: true, context: { request, side, profile, schedule, place, student, mentor } }
}

/** The mentor's meetings that hold time around the booking horizon, apart from `except`. */
async function busyMeetings(payload: Payload, mentor: Id, now: Date, horizonDays: number, except?: Id): Promise<(BusyMeeting & { id: Id })[]> {
  const where: Where = {
    and: [
      { mentor: { equals: mentor } },
      { status: { in: holdingStatuses } },
      { endsAt: { greater_than: new Date(now.getTime() - DAY).toISOString() } },
      { startsAt: { less_than: new Date(now.getTime() + (horizonDays + 2) * DAY).toISOString() } },
      ...(except != null ? [{ id: { not_equals: except } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: 'meetings',
    where,
    select: { startsAt: true, endsAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((meeting) => ({ id: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt }))
}

/** Free slots of one length in the mentor's hours, labelled for the viewer. */
export async function slotsFor(
  payload: Payload,
  context: BookingContext,
  { length, viewerTimeZone, now = new Date(), except }: { length: number; viewerTimeZone: string; now?: Date; except?: Id },
): Promise<Slot[]> {
  const existing = await busyMeetings(payload, context.mentor, now, context.schedule.horizonDays, except)
  return freeSlots({ availability: context.schedule, length, existing, now, viewerTimeZone: isKnownTimeZone(viewerTimeZone) ? viewerTimeZone : 'UTC' })
}

/* ---------- Booking ---------- */

const claimOf = (profileId: Id, startsAt: string) => `${profileId}@${startsAt}`
const releasedClaim = (meetingId: Id) => `released:${meetingId}`

async function nextSlotsAfter(payload: Payload, context: BookingContext, length: number, viewerTimeZone: string, after: string, now: Date, except?: Id) {
  const existing = await busyMeetings(payload, context.mentor, now, context.schedule.horizonDays, except)
  return nextFreeSlots({ availability: context.schedule, length, existing, now, viewerTimeZone, after, count: 3 })
}

const takenMessage = 'That time is not free any more: someone may have just booked it. Here are the next free ones.'

/** Writes the meeting with its claim on the slot; null when the database already holds one at that start. */
async function claimSlot(
  payload: Payload,
  context: BookingContext,
  data: Omit<Meeting, 'id' | 'createdAt' | 'updatedAt' | 'slotClaim'>,
): Promise<Meeting | null> {
  const claim = claimOf(context.profile.id, data.startsAt)
  try {
    return await payload.create({ collection: 'meetings', data: { ...data, slotClaim: claim }, overrideAccess: true })
  } catch (error) {
    if (await claimTaken(payload, claim)) return null
    throw error
  }
}

async function claimTaken(payload: Payload, claim: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'meetings', where: { slotClaim: { equals: claim } }, overrideAccess: true })
  return totalDocs > 0
}

/** Runs a booking under the mentor's lock; a lock held too long by others is answered as a busy moment, not an error. */
async function underLock<T>(payload: Payload, context: BookingContext, work: () => Promise<MeetingOutcome<T>>): Promise<MeetingOutcome<T>> {
  try {
    return await withBookingLock(payload, String(context.profile.id), work)
  } catch (error) {
    if (error instanceof BookingBusy) return refuse(409, 'Many people are booking with this person right now. Please try again in a moment.')
    throw error
  }
}

function parseBooking(context: BookingContext, input: BookingInput): MeetingOutcome<{ values: ReturnType<typeof bookingSchema.parse> }> {
  const parsed = bookingSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: pathErrors(parsed.error) as MeetingErrors }
  if (!context.schedule.lengths.includes(parsed.data.length as never)) {
    return { ok: false, status: 400, errors: { length: `Choose one of the lengths offered: ${context.schedule.lengths.join(', ')} minutes.` } }
  }
  return { ok: true, values: parsed.data }
}

async function upcomingInRequest(payload: Payload, requestId: Id, now: Date, except?: Id): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'meetings',
    where: {
      and: [
        { request: { equals: requestId } },
        { status: { in: holdingStatuses } },
        { endsAt: { greater_than: now.toISOString() } },
        ...(except != null ? [{ id: { not_equals: except } }] : []),
      ],
    },
    overrideAccess: true,
  })
  return totalDocs
}

/**
 * Books a meeting in an accepted mentorship. The student books one of the mentor's free slots
 * (booked at once); the mentor proposes one (the student accepts or declines it). A slot taken a
 * moment earlier is refused with the next free ones.
 */
export async function bookMeeting(
  payload: Payload,
  member: Member,
  requestId: Id,
  input: BookingInput,
  now: Date = new Date(),
): Promise<MeetingOutcome<{ meetingId: Id; status: 'booked' | 'proposed' }>> {
  const loaded = await bookingContext(payload, member, requestId)
  if (!loaded.ok) return loaded
  return book(payload, loaded.context, input, now)
}

async function book(
  payload: Payload,
  context: BookingContext,
  input: BookingInput,
  now: Date,
  {
    asSession = false,
    afterClaim,
  }: {
    asSession?: boolean
    /** Runs once the slot is ours and before anyone is told; a refusal gives the slot back. */
    afterClaim?: () => Promise<MeetingRefusal | null>
  } = {},
): Promise<MeetingOutcome<{ meetingId: Id; status: 'booked' | 'proposed' }>> {
  const parsed = parseBooking(context, input)
  if (!parsed.ok) return parsed
  const limited = await tooManyChanges(payload, { id: context.side === 'student' ? context.student : context.mentor } as Member)
  if (limited) return limited
  const { startsAt, length, timeZone, note } = parsed.values
  const status = context.side === 'student' || asSession ? 'booked' : 'proposed'
  const studentZone = context.side === 'student' ? timeZone : await studentTimeZoneOf(payload, context.student, context.schedule.timeZone)
  const claimed = await underLock(payload, context, async (): Promise<MeetingOutcome<{ meeting: Meeting }>> => {
    if ((await upcomingInRequest(payload, context.request.id, now)) >= upcomingPerMentorship) {
      return refuse(409, `You already have ${upcomingPerMentorship} meetings coming up in this mentorship. Hold one of them before booking another.`)
    }
    const existing = await busyMeetings(payload, context.mentor, now, context.schedule.horizonDays)
    const slot = findFreeSlot({ availability: context.schedule, length, existing, now, viewerTimeZone: timeZone }, startsAt)
    if (!slot) return refuse(409, takenMessage)
    const meeting = await claimSlot(payload, context, {
      request: context.request.id as number,
      student: context.student as number,
      mentor: context.mentor as number,
      profile: context.profile.id,
      status,
      proposedBy: context.side,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      lengthMinutes: length,
      mentorTimeZone: context.schedule.timeZone,
      studentTimeZone: studentZone,
      how: context.place.kind,
      whereDetail: context.place.detail,
      note: note || null,
      sequence: 0,
      lateCancellation: false,
    })
    return meeting ? { ok: true, meeting } : refuse(409, takenMessage)
  })
  if (!claimed.ok) {
    if (claimed.status !== 409 || claimed.errors.form !== takenMessage) return claimed
    return refuse(409, takenMessage, await nextSlotsAfter(payload, context, length, timeZone, startsAt, now))
  }
  const { meeting } = claimed
  const refused = afterClaim
    ? await afterClaim().catch(async (error) => {
        await payload.delete({ collection: 'meetings', id: meeting.id, overrideAccess: true })
        throw error
      })
    : null
  if (refused) {
    await payload.delete({ collection: 'meetings', id: meeting.id, overrideAccess: true })
    return refused
  }
  if (context.side === 'student') await rememberTimeZone(payload, context.student, timeZone)
  try {
    await inTransaction(payload, async (req) => {
      if (status === 'booked') {
        await notify(payload, meeting, { student: 'booked', mentor: 'booked' }, { calendar: 'REQUEST' }, req)
        await queueReminders(payload, meeting, now, req)
      } else {
        await notify(payload, meeting, { student: 'proposed' }, {}, req)
      }
    })
  } catch (error) {
    // The emails and reminders could not be stored: the meeting goes too, so nobody holds a slot the other never heard of.
    await payload.delete({ collection: 'meetings', id: meeting.id, overrideAccess: true })
    throw error
  }
  return { ok: true, meetingId: meeting.id, status }
}

/** A member's own time zone, remembered from their last booking; the fallback when none is known. */
async function studentTimeZoneOf(payload: Payload, student: Id, fallback: string): Promise<string> {
  const user = await payload.findByID({ collection: 'users', id: student, select: { timeZone: true }, depth: 0, overrideAccess: true, disableErrors: true })
  const zone = (user as { timeZone?: string | null } | null)?.timeZone
  return zone && isKnownTimeZone(zone) ? zone : fallback
}

async function rememberTimeZone(payload: Payload, memberId: Id, timeZone: string) {
  await payload.update({ collection: 'users', id: memberId, data: { timeZone }, overrideAccess: true })
}

/**
 * A Connector answers a waiting request by booking a session in their own hours: the request is
 * accepted and the meeting booked together, so the student gets one answer with a time in it.
 */
export async function acceptAsSession(
  payload: Payload,
  connector: Member,
  requestId: Id,
  input: BookingInput,
  now: Date = new Date(),
): Promise<MeetingOutcome<{ meetingId: Id; status: 'booked' | 'proposed' }>> {
  const loaded = await bookingContext(payload, connector, requestId, { allowWaiting: true })
  if (!loaded.ok) return loaded
  const { context } = loaded
  if (context.side !== 'mentor') return notFound()
  if (context.profile.kind !== 'connector') return refuse(403, 'Only Connectors accept a request as a booked session. Accept it first, then propose a time.')
  const { answerRequest } = await import('@/mentorship/requests')
  const accepted = { ...context, request: { ...context.request, status: 'accepted' as const } }
  // The slot is taken first and the request accepted only then, so a refused booking (a slot
  // gone meanwhile, a bad length, a note too long) leaves the request waiting, untouched.
  const acceptRequest = async (): Promise<MeetingRefusal | null> => {
    if (context.request.status === 'accepted') return null
    const answered = await answerRequest(payload, connector, requestId, 'accept', '', now)
    if (answered.ok) return null
    return { ok: false, status: answered.status, errors: { form: answered.errors.form ?? answered.errors.note } }
  }
  return book(payload, accepted, input, now, { asSession: true, afterClaim: acceptRequest })
}

/* ---------- Answering, moving, cancelling, marking ---------- */

async function loadOwnMeeting(payload: Payload, member: Member, meetingId: Id) {
  const meeting = await loadMeeting(payload, meetingId)
  const side = meeting ? sideOf(member, meeting) : null
  return meeting && side ? { meeting, side } : null
}

/** The student accepts or declines a time the mentor proposed. */
export async function answerProposal(
  payload: Payload,
  member: Member,
  meetingId: Id,
  answer: 'accept' | 'decline',
  note: string = '',
  now: Date = new Date(),
): Promise<MeetingOutcome> {
  const own = await loadOwnMeeting(payload, member, meetingId)
  if (!own) return notFound()
  const { meeting, side } = own
  if (side !== 'student') return refuse(403, 'Only the student answers a proposed time.')
  if (meeting.status !== 'proposed') return refuse(409, 'This time is no longer waiting for an answer.')
  const parsedNote = changeNoteSchema.safeParse(note)
  if (!parsedNote.success) return { ok: false, status: 400, errors: { note: parsedNote.error.issues[0].message } }
  if (answer === 'accept' && new Date(meeting.startsAt) <= now) return refuse(409, 'This time has passed. Ask for another one.')
  const limited = await tooManyChanges(payload, member)
  if (limited) return limited
  await inTransaction(payload, async (req) => {
    if (answer === 'accept') {
      const updated = await payload.update({ collection: 'meetings', id: meeting.id, data: { status: 'booked' }, overrideAccess: true, req })
      await notify(payload, updated, { mentor: 'confirmed', student: 'booked' }, { calendar: 'REQUEST' }, req)
      await queueReminders(payload, updated, now, req)
    } else {
      const updated = await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status: 'declined', slotClaim: releasedClaim(meeting.id), cancelNote: parsedNote.data || null },
        overrideAccess: true,
        req,
      })
      await notify(payload, updated, { mentor: 'declined' }, { changeNote: parsedNote.data || null }, req)
    }
  })
  return { ok: true }
}

/**
 * Either person moves a meeting to another of the mentor's free slots. The calendar invitation is
 * sent again under the same UID with a higher SEQUENCE, so calendar apps move the event they hold.
 * A move with less notice than the late-cancellation setting counts as a late cancellation.
 */
export async function rescheduleMeeting(
  payload: Payload,
  member: Member,
  meetingId: Id,
  input: BookingInput & { changeNote?: string },
  now: Date = new Date(),
): Promise<MeetingOutcome<{ meetingId: Id }>> {
  const own = await loadOwnMeeting(payload, member, meetingId)
  if (!own) return notFound()
  const { meeting, side } = own
  if (!holdingStatuses.includes(meeting.status)) return refuse(409, 'Only a booked or proposed meeting can be moved.')
  if (new Date(meeting.startsAt) <= now) return refuse(409, 'This meeting has already started, so it can no longer be moved.')
  const loaded = await bookingContext(payload, member, idOf(meeting.request)!)
  if (!loaded.ok) return loaded
  const { context } = loaded
  const parsed = parseBooking(context, input)
  if (!parsed.ok) return parsed
  const changeNote = changeNoteSchema.safeParse(input.changeNote ?? '')
  if (!changeNote.success) return { ok: false, status: 400, errors: { note: changeNote.error.issues[0].message } }
  const limited = await tooManyChanges(payload, member)
  if (limited) return limited
  const { startsAt, length, timeZone } = parsed.values
  if (startsAt === new Date(meeting.startsAt).toISOString() && length === meeting.lengthMinutes)
    return refuse(400, 'Choose a different time to move the meeting to.')
  const late = new Date(meeting.startsAt).getTime() - now.getTime() < (await lateCancellationHours(payload)) * HOUR
  const moved = await underLock(payload, context, async (): Promise<MeetingOutcome<{ meeting: Meeting }>> => {
    const existing = await busyMeetings(payload, context.mentor, now, context.schedule.horizonDays, meeting.id)
    const slot = findFreeSlot({ availability: context.schedule, length, existing, now, viewerTimeZone: timeZone }, startsAt)
    if (!slot) return refuse(409, takenMessage)
    try {
      const updated = await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { startsAt: slot.startsAt, endsAt: slot.endsAt, lengthMinutes: length, slotClaim: claimOf(context.profile.id, slot.startsAt) },
        overrideAccess: true,
      })
      return { ok: true, meeting: updated }
    } catch (error) {
      if (await claimTaken(payload, claimOf(context.profile.id, slot.startsAt))) return refuse(409, takenMessage)
      throw error
    }
  })
  if (!moved.ok) {
    if (moved.status !== 409 || moved.errors.form !== takenMessage) return moved
    return refuse(409, takenMessage, await nextSlotsAfter(payload, context, length, timeZone, startsAt, now, meeting.id))
  }
  if (side === 'student') await rememberTimeZone(payload, context.student, timeZone)
  await inTransaction(payload, async (req) => {
    const updated = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: {
        sequence: (meeting.sequence ?? 0) + 1,
        ...(side === 'student' ? { studentTimeZone: timeZone } : {}),
        ...(late && meeting.status === 'booked' ? { lateCancellation: true, cancelledBy: side } : {}),
      },
      overrideAccess: true,
      req,
    })
    const other: Side = side === 'student' ? 'mentor' : 'student'
    if (meeting.status === 'booked') {
      await notify(
        payload,
        updated,
        { [other]: 'rescheduled', [side]: 'rescheduled' },
        { calendar: 'REQUEST', previous: meeting, changeNote: changeNote.data || null, actor: side },
        req,
      )
      await queueReminders(payload, updated, now, req)
    } else {
      await notify(payload, updated, { student: 'proposed' }, {}, req)
    }
  })
  return { ok: true, meetingId: meeting.id }
}

/**
 * Either person cancels a booked meeting (or the mentor withdraws a proposal), with a short note
 * for the other. Both calendars get the cancellation under the meeting's UID.
 */
export async function cancelMeeting(payload: Payload, member: Member, meetingId: Id, note: string = '', now: Date = new Date()): Promise<MeetingOutcome> {
  const own = await loadOwnMeeting(payload, member, meetingId)
  if (!own) return notFound()
  const { meeting, side } = own
  if (!holdingStatuses.includes(meeting.status)) return refuse(409, 'This meeting is not booked, so there is nothing to cancel.')
  if (new Date(meeting.endsAt) <= now) return refuse(409, 'This meeting is over. Say whether it was held instead.')
  const parsedNote = changeNoteSchema.safeParse(note)
  if (!parsedNote.success) return { ok: false, status: 400, errors: { note: parsedNote.error.issues[0].message } }
  const limited = await tooManyChanges(payload, member)
  if (limited) return limited
  const late = meeting.status === 'booked' && new Date(meeting.startsAt).getTime() - now.getTime() < (await lateCancellationHours(payload)) * HOUR
  await inTransaction(payload, (req) => cancel(payload, meeting, side, parsedNote.data || null, late, now, req))
  return { ok: true }
}

async function cancel(payload: Payload, meeting: Meeting, by: Side | 'platform', note: string | null, late: boolean, now: Date, req: PayloadRequest) {
  const wasBooked = meeting.status === 'booked'
  const updated = await payload.update({
    collection: 'meetings',
    id: meeting.id,
    data: {
      status: 'cancelled',
      slotClaim: releasedClaim(meeting.id),
      cancelledAt: now.toISOString(),
      cancelledBy: by,
      cancelNote: note,
      sequence: (meeting.sequence ?? 0) + 1,
      ...(late ? { lateCancellation: true } : {}),
    },
    overrideAccess: true,
    req,
  })
  if (!wasBooked) {
    // A proposal nobody accepted was never in a calendar: only the student is told it is withdrawn.
    if (by !== 'student') await notify(payload, updated, { student: 'cancelled' }, { changeNote: note, actor: by }, req)
    return
  }
  await notify(payload, updated, { student: 'cancelled', mentor: 'cancelled' }, { calendar: 'CANCEL', changeNote: note, actor: by }, req)
}

/** The platform cancels the meetings that match `where` and still hold time. Not counted against either person. */
async function cancelStillBooked(payload: Payload, where: Where, note: string, now: Date, req: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { and: [where, { status: { in: holdingStatuses } }, { endsAt: { greater_than: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const meeting of docs) await cancel(payload, meeting, 'platform', note, false, now, req)
  return docs.length
}

/** What is still coming up in a mentorship that has closed (ended, or an account left). */
export const cancelMeetingsOfRequest = (payload: Payload, requestId: Id, note: string, now: Date, req: PayloadRequest) =>
  cancelStillBooked(payload, { request: { equals: requestId } }, note, now, req)

/** What is still coming up between two members (after a block), in any mentorship. */
export const cancelMeetingsBetween = (payload: Payload, one: Id, other: Id, note: string, now: Date, req: PayloadRequest) =>
  cancelStillBooked(
    payload,
    {
      or: [{ and: [{ student: { equals: one } }, { mentor: { equals: other } }] }, { and: [{ student: { equals: other } }, { mentor: { equals: one } }] }],
    },
    note,
    now,
    req,
  )

/** After the meeting, each person says whether it was held; "missed" means the other did not come. */
export async function markMeeting(payload: Payload, member: Member, meetingId: Id, mark: string, now: Date = new Date()): Promise<MeetingOutcome> {
  const own = await loadOwnMeeting(payload, member, meetingId)
  if (!own) return notFound()
  const { meeting, side } = own
  const parsed = markSchema.safeParse(mark)
  if (!parsed.success) return { ok: false, status: 400, errors: { mark: parsed.error.issues[0].message } }
  if (meeting.status !== 'booked') return refuse(409, 'Only a meeting that was booked can be marked.')
  if (new Date(meeting.startsAt) > now) return refuse(409, 'You can say how it went once the meeting has started.')
  if (now.getTime() - new Date(meeting.endsAt).getTime() > markWithinMs)
    return refuse(409, 'This meeting was more than 30 days ago, so it can no longer be marked.')
  await payload.update({
    collection: 'meetings',
    id: meeting.id,
    data: { [side === 'student' ? 'studentMark' : 'mentorMark']: parsed.data },
    overrideAccess: true,
  })
  return { ok: true }
}

/* ---------- Emails and reminders ---------- */

type Notice = Partial<Record<Side, MeetingEmailKind>>

/** Each recipient's time label: their own clock first, the other's beside it. */
function whenFor(meeting: Pick<Meeting, 'startsAt' | 'mentorTimeZone' | 'studentTimeZone'>, side: Side) {
  const mine = side === 'student' ? meeting.studentTimeZone : meeting.mentorTimeZone
  const theirs = side === 'student' ? meeting.mentorTimeZone : meeting.studentTimeZone
  return slotLabel(meeting.startsAt, { viewerTimeZone: mine, hostTimeZone: theirs }).text
}

/**
 * Queues the emails about one meeting, each with the calendar file when asked. The files carry
 * chosen names and the platform's own address only: never either member's.
 */
async function notify(
  payload: Payload,
  meeting: Meeting,
  notice: Notice,
  {
    calendar,
    previous,
    changeNote = null,
    actor,
  }: { calendar?: 'REQUEST' | 'CANCEL'; previous?: Meeting; changeNote?: string | null; actor?: Side | 'platform' } = {},
  req?: PayloadRequest,
) {
  const student = idOf(meeting.student)!
  const mentor = idOf(meeting.mentor)!
  const names = await chosenNames(payload, [student, mentor], req)
  const [studentAddress, mentorAddress] = await Promise.all([emailAddressOf(payload, student, req), emailAddressOf(payload, mentor, req)])
  const nameOf = (side: Side) => names.get(String(side === 'student' ? student : mentor)) ?? (side === 'student' ? 'Your mentee' : 'Your mentor')
  const calendarMeeting: CalendarMeeting = {
    id: meeting.id,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    mentorName: nameOf('mentor'),
    menteeName: nameOf('student'),
    link: meeting.how === 'video' ? meeting.whereDetail : null,
    place: meeting.how === 'video' ? null : [meetingKindLabel(meeting.how), meeting.whereDetail].filter(Boolean).join(': '),
    note: meeting.note,
    sequence: meeting.sequence ?? 0,
  }
  const options = {
    platformAddress: bareAddress(process.env.EMAIL_FROM) ?? undefined,
    manageURL: `${siteURL()}/account/meetings`,
    withhold: [studentAddress, mentorAddress],
  }
  const file =
    calendar === 'REQUEST' ? meetingInvitation(calendarMeeting, options) : calendar === 'CANCEL' ? meetingCancellation(calendarMeeting, options) : null
  for (const side of ['student', 'mentor'] as const) {
    const kind = notice[side]
    const address = side === 'student' ? studentAddress : mentorAddress
    if (!kind || !address) continue
    const other: Side = side === 'student' ? 'mentor' : 'student'
    const facts = {
      meetingId: meeting.id,
      recipientName: nameOf(side),
      otherName: nameOf(other),
      recipientRole: side,
      when: whenFor(meeting, side),
      previousWhen: previous ? whenFor(previous, side) : null,
      lengthMinutes: meeting.lengthMinutes,
      where: { kind: meeting.how as MeetingKind, detail: meeting.whereDetail ?? null },
      note: meeting.note,
      changeNote,
      byRecipient: actor === side,
      byPlatform: actor === 'platform',
      calendarAttached: Boolean(file),
    }
    await queueEmail(
      payload,
      {
        to: address,
        subject: meetingSubject(kind, facts),
        content: meetingMessage(kind, facts),
        purpose: `meeting-${kind}`,
        ...(file ? { calendar: { method: calendar!, content: file } } : {}),
      },
      req,
    )
  }
}

export const reminderLeads = [
  { hours: 24, kind: 'reminder-24h' },
  { hours: 1, kind: 'reminder-1h' },
] as const

/** Reminders 24 hours and 1 hour before, on the jobs queue; each checks the meeting still stands at that time. */
async function queueReminders(payload: Payload, meeting: Meeting, now: Date, req: PayloadRequest) {
  const start = new Date(meeting.startsAt).getTime()
  for (const { hours } of reminderLeads) {
    const at = start - hours * HOUR
    if (at <= now.getTime()) continue
    await payload.jobs.queue({
      task: 'remind-about-meeting',
      input: { meetingId: String(meeting.id), startsAt: new Date(start).toISOString(), hours },
      waitUntil: new Date(at),
      req,
    })
  }
}

/** Sends one reminder, unless the meeting was cancelled or moved since it was queued. */
export async function remindAboutMeeting(payload: Payload, input: { meetingId: string; startsAt: string; hours: number }): Promise<'reminded' | 'skipped'> {
  const meeting = await loadMeeting(payload, input.meetingId)
  if (!meeting || meeting.status !== 'booked' || new Date(meeting.startsAt).toISOString() !== input.startsAt) return 'skipped'
  const kind = reminderLeads.find((lead) => lead.hours === Number(input.hours))?.kind ?? 'reminder-1h'
  await inTransaction(payload, (req) => notify(payload, meeting, { student: kind, mentor: kind }, {}, req))
  return 'reminded'
}

/* ---------- Reading ---------- */

export type MeetingRecord = { meetings: number; lateCancellations: number; missed: number }

/**
 * A member's reliability over the last year: meetings they were in, those they cancelled or moved
 * late, and those the other person says they missed (unless they themselves said it was held).
 */
export async function meetingRecord(payload: Payload, memberId: Id, now: Date = new Date()): Promise<MeetingRecord> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { or: [{ student: { equals: memberId } }, { mentor: { equals: memberId } }] },
        { status: { in: ['booked', 'cancelled'] } },
        { startsAt: { greater_than: new Date(now.getTime() - 365 * DAY).toISOString(), less_than: now.toISOString() } },
      ],
    },
    select: { student: true, mentor: true, status: true, cancelledBy: true, lateCancellation: true, studentMark: true, mentorMark: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let meetings = 0
  let lateCancellations = 0
  let missed = 0
  for (const meeting of docs) {
    const side: Side = isSameId(meeting.student, memberId) ? 'student' : 'mentor'
    const own = side === 'student' ? meeting.studentMark : meeting.mentorMark
    const theirs = side === 'student' ? meeting.mentorMark : meeting.studentMark
    if (meeting.lateCancellation && meeting.cancelledBy === side) lateCancellations++
    if (meeting.status === 'cancelled') {
      if (meeting.lateCancellation && meeting.cancelledBy === side) meetings++
      continue
    }
    meetings++
    if (theirs === 'missed' && own !== 'held') missed++
  }
  return { meetings, lateCancellations, missed }
}

/** Below this many meetings, the record is not shown: one late cancellation says little yet. */
export const meetingsBeforeRecord = 3

export type MeetingView = Meeting & {
  side: Side
  otherName: string
  /** What the other person is on the platform: a Career Candidate, or the Mentor or Connector the meeting is with. */
  otherRole: 'student' | 'mentor' | 'connector'
  when: string
  otherClock: string | null
  past: boolean
}

/**
 * The member's meetings for /account/meetings: upcoming (soonest first) or past (latest first),
 * optionally with one person only, each labelled in the viewer's zone with the other's beside it.
 */
export async function meetingsOf(
  payload: Payload,
  member: Member,
  {
    when = 'upcoming',
    withMember,
    requestId,
    page = 1,
    limit = 20,
    now = new Date(),
  }: { when?: 'upcoming' | 'past' | 'all'; withMember?: Id | null; requestId?: Id | null; page?: number; limit?: number; now?: Date } = {},
) {
  const mine: Where = { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] }
  const conditions: Where[] = [mine]
  if (when === 'upcoming') conditions.push({ endsAt: { greater_than: now.toISOString() } }, { status: { in: holdingStatuses } })
  if (when === 'past') conditions.push({ or: [{ endsAt: { less_than_equal: now.toISOString() } }, { status: { in: ['cancelled', 'declined'] } }] })
  if (withMember != null && isId(withMember)) conditions.push({ or: [{ student: { equals: withMember } }, { mentor: { equals: withMember } }] })
  if (requestId != null && isId(requestId)) conditions.push({ request: { equals: requestId } })
  const result = await payload.find({
    collection: 'meetings',
    where: { and: conditions },
    sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
    depth: 0,
    page,
    limit,
    overrideAccess: true,
  })
  const others = result.docs.map((meeting) => (isSameId(meeting.student, member.id) ? idOf(meeting.mentor)! : idOf(meeting.student)!))
  const names = await chosenNames(payload, others)
  const profileIds = [...new Set(result.docs.map((meeting) => String(idOf(meeting.profile))))]
  const { docs: profiles } = profileIds.length
    ? await payload.find({
        collection: 'mentor-profiles',
        where: { id: { in: profileIds } },
        select: { kind: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    : { docs: [] }
  const kinds = new Map(profiles.map((profile) => [String(profile.id), profile.kind]))
  const docs: MeetingView[] = result.docs.map((meeting) => {
    const side: Side = isSameId(meeting.student, member.id) ? 'student' : 'mentor'
    const mineZone = side === 'student' ? meeting.studentTimeZone : meeting.mentorTimeZone
    const theirZone = side === 'student' ? meeting.mentorTimeZone : meeting.studentTimeZone
    const label = slotLabel(meeting.startsAt, { viewerTimeZone: mineZone, hostTimeZone: theirZone })
    const other = isSameId(meeting.student, member.id) ? idOf(meeting.mentor)! : idOf(meeting.student)!
    return {
      ...meeting,
      slotClaim: '',
      side,
      otherName: names.get(String(other)) ?? 'A former member',
      otherRole: side === 'mentor' ? 'student' : kinds.get(String(idOf(meeting.profile))) === 'connector' ? 'connector' : 'mentor',
      when: label.viewer,
      otherClock: label.sameClock ? null : (label.text.split(' · ')[1] ?? null),
      past: new Date(meeting.endsAt) <= now,
    }
  })
  return { ...result, docs }
}

/** Booked meetings starting today on the member's clock (their remembered zone, else UTC) that have not ended: the header badge's count. */
export async function meetingsTodayCount(payload: Payload, member: Member & { timeZone?: string | null }, now: Date = new Date()): Promise<number> {
  const zone = member.timeZone && isKnownTimeZone(member.timeZone) ? member.timeZone : 'UTC'
  const endOfDay = new Date(instantFrom(localDay(zone, dayNumberOf(wallAt(zone, now.getTime())) + 1), 0))
  const { totalDocs } = await payload.count({
    collection: 'meetings',
    where: {
      and: [
        { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
        { status: { equals: 'booked' } },
        { endsAt: { greater_than: now.toISOString() } },
        { startsAt: { less_than: endOfDay.toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs
}
