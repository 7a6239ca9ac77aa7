import { z } from 'zod'

import { meetingLengths } from '@/meetings/availability'
import { meetingKinds, meetingMarks, type MeetingKind } from '@/meetings/options'
import { isKnownTimeZone } from '@/meetings/zone'

import { boundedText, oneOf } from './fields'

/*
 * What the booking forms send: a slot (its start in UTC, as the slot list gave it), a length the
 * mentor offers, the booker's time zone (for the labels in their emails), and a short note.
 */

export const meetingLimits = { note: 1000, changeNote: 500, whereDetail: 500 } as const

export const timeZoneField = z.string({ error: 'Choose your time zone.' }).trim().refine(isKnownTimeZone, { message: 'Choose your time zone from the list.' })

export const bookingSchema = z.object({
  startsAt: z
    .string({ error: 'Choose a time.' })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z$/.test(value) && Number.isFinite(Date.parse(value)), {
      message: 'Choose one of the times shown.',
    }),
  length: z.coerce
    .number({ error: 'Choose how long the meeting is.' })
    .refine((value) => (meetingLengths as readonly number[]).includes(value), { message: 'Choose one of the meeting lengths offered.' }),
  timeZone: timeZoneField,
  note: boundedText({ max: meetingLimits.note, tooLong: (length) => `Keep the note to ${meetingLimits.note} characters (it has ${length}).` }),
})
export type BookingInput = z.input<typeof bookingSchema>

export const changeNoteSchema = boundedText({
  max: meetingLimits.changeNote,
  tooLong: (length) => `Keep the note to ${meetingLimits.changeNote} characters (it has ${length}).`,
})

export const markSchema = oneOf(meetingMarks, 'Say whether you met.')

const httpsLink = /^https:\/\/[^\s/$.?#][^\s]*$/i

/** How a mentor's meetings happen by default: their own video room, a phone call, or a place. */
export const meetingPlaceSchema = z
  .object({
    kind: oneOf(meetingKinds, 'Choose how you meet: video, phone or in person.'),
    detail: boundedText({ max: meetingLimits.whereDetail }),
  })
  .superRefine((value, context) => {
    if (value.kind === 'video' && !httpsLink.test(value.detail)) {
      context.addIssue({ code: 'custom', path: ['detail'], message: 'Give the link to your own video room, starting with https://.' })
    }
    if (value.kind === 'place' && value.detail.length === 0) {
      context.addIssue({ code: 'custom', path: ['detail'], message: 'Say where you meet, for example a café or an office and its address.' })
    }
  })
  .transform((value) => ({ kind: value.kind as MeetingKind, detail: value.detail || null }))
export type MeetingPlace = z.output<typeof meetingPlaceSchema>

/** Each problem keyed by its full path ('windows.0.end'), the first message for each. */
export function pathErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form'
    errors[key] ??= issue.message
  }
  return errors
}
