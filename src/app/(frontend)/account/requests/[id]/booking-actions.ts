'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requireMember } from '@/accounts/session'
import type { SlotChoice } from '@/components/meetings/SlotPicker'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { acceptAsSession, bookMeeting, rescheduleMeeting, type MeetingErrors } from '@/meetings/book'
import { isKnownTimeZone } from '@/meetings/zone'

import { slotChoice } from './booking'

export type BookingMode = 'book' | 'session' | 'move'

export type BookingActionState = {
  errors: MeetingErrors
  values?: { note?: string; startsAt?: string }
  /** When the chosen time was taken a moment ago: the next free ones, to choose from at once. */
  nextSlots?: SlotChoice[]
}

const modes: readonly BookingMode[] = ['book', 'session', 'move']

/**
 * The booking step's one action: book (the student) or propose (the mentor) a time, accept a
 * waiting request as a booked session (a Connector), or move a meeting. Back to the request's
 * meetings with what happened; a refusal stays on the form with its message.
 */
export async function bookingAction(_previous: BookingActionState, form: FormData): Promise<BookingActionState> {
  const requestId = String(form.get('request') ?? '')
  const mode = modes.find((each) => each === form.get('mode')) ?? 'book'
  const member = await requireMember(`/account/requests/${requestId}`)
  const payload = await getPayloadClient()
  const note = String(form.get('note') ?? '')
  const startsAt = String(form.get('startsAt') ?? '')
  const input = { startsAt, length: String(form.get('length') ?? ''), timeZone: String(form.get('timeZone') ?? '') }
  const values = { note, startsAt }

  const result =
    mode === 'move'
      ? await rescheduleMeeting(payload, member, String(form.get('meeting') ?? ''), { ...input, note: '', changeNote: note })
      : mode === 'session'
        ? await acceptAsSession(payload, member, requestId, { ...input, note })
        : await bookMeeting(payload, member, requestId, { ...input, note })

  if (!result.ok) {
    // Only the labels depend on the mentor's zone; the page sent it with the form.
    const hostZone = String(form.get('hostTimeZone') ?? '')
    const nextSlots = result.nextSlots?.map((slot) => slotChoice(slot, isKnownTimeZone(hostZone) ? hostZone : input.timeZone))
    // The page behind the form loses the time that was just taken.
    if (result.status === 409) revalidatePath(`/account/requests/${requestId}`)
    return { errors: result.errors, values, nextSlots }
  }
  after(() => deliverQueuedEmails(payload))
  revalidatePath('/account/meetings')
  const done = mode === 'move' ? 'moved' : mode === 'session' ? 'session' : 'status' in result ? result.status : 'booked'
  redirect(`/account/requests/${requestId}?meeting=${done}#meeting-${result.meetingId}`)
}
