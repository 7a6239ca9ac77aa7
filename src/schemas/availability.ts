import { z } from 'zod'

import { availabilityLimits, meetingLengths, minutesOfClock, weekdayLabels, weekdays, type Availability, type MeetingLength } from '@/meetings/availability'
import { isKnownTimeZone, parseIsoDate } from '@/meetings/zone'

/*
 * A mentor's availability as the profile page's form (or the JSON endpoint) sends it. Numbers may
 * arrive as form strings. Each problem is reported on the field that has it, in words that say
 * what to change.
 */

const clockPattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/
const step = availabilityLimits.timeStep

const clock = (what: 'start' | 'end') =>
  z
    .string({ error: `Give the ${what} time, like 09:00.` })
    .trim()
    .refine((value) => clockPattern.test(value) && (what === 'end' || value !== '24:00'), {
      message: `Write the ${what} as a 24-hour time, like ${what === 'start' ? '09:00' : '17:30'}.`,
    })
    .refine((value) => !clockPattern.test(value) || minutesOfClock(value) % step === 0, {
      message: `Use times in ${step}-minute steps (09:00, 09:05, 09:10 …).`,
    })

const windowSchema = z.object({
  weekday: z.enum(weekdays, { error: 'Choose a day of the week.' }),
  start: clock('start'),
  end: clock('end'),
})

const isoDate = (what: string) =>
  z
    .string({ error: `Give the ${what} day.` })
    .trim()
    .refine((value) => parseIsoDate(value) !== null, { message: `Write the ${what} day as a date, like 2026-03-14.` })

const awaySchema = z.object({ from: isoDate('first'), to: isoDate('last') })

const wholeNumber = (range: { min: number; max: number }, message: string) =>
  z.coerce.number({ error: message }).int({ message }).min(range.min, { message }).max(range.max, { message })

const lengthsMessage = `Choose meeting lengths from ${meetingLengths.slice(0, -1).join(', ')} or ${meetingLengths.at(-1)} minutes.`

const { bufferMinutes, noticeHours, horizonDays, dailyLimit } = availabilityLimits

export const availabilitySchema = z
  .object({
    timeZone: z
      .string({ error: 'Choose your time zone.' })
      .trim()
      .refine(isKnownTimeZone, { error: (issue) => `Choose your time zone from the list: “${String(issue.input)}” is not one we know.` }),
    windows: z
      .array(windowSchema)
      .max(availabilityLimits.windows, { message: `Keep to ${availabilityLimits.windows} weekly windows or fewer.` })
      .default([]),
    lengths: z
      .preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.coerce.number()))
      .pipe(
        z
          .array(z.number().refine((length) => (meetingLengths as readonly number[]).includes(length), { message: lengthsMessage }))
          .min(1, { message: 'Offer at least one meeting length.' }),
      )
      .transform((lengths) => [...new Set(lengths)].sort((a, b) => a - b) as MeetingLength[]),
    bufferMinutes: wholeNumber(bufferMinutes, `Keep the buffer between meetings between ${bufferMinutes.min} and ${bufferMinutes.max} minutes.`),
    noticeHours: wholeNumber(noticeHours, `Minimum notice is a whole number of hours from ${noticeHours.min} to ${noticeHours.max} (two weeks).`),
    horizonDays: wholeNumber(horizonDays, `Let students book from ${horizonDays.min} to ${horizonDays.max} days ahead.`),
    dailyLimit: z.preprocess(
      (value) => (value === '' || value === undefined ? null : value),
      wholeNumber(dailyLimit, `A daily limit is ${dailyLimit.min} to ${dailyLimit.max} meetings, or leave it empty for none.`).nullable(),
    ),
    away: z
      .array(awaySchema)
      .max(availabilityLimits.away, { message: `Keep to ${availabilityLimits.away} away periods or fewer: remove past ones.` })
      .default([]),
  })
  .superRefine((value, context) => {
    const shortest = value.lengths[0]
    value.windows.forEach((window, index) => {
      const [start, end] = [minutesOfClock(window.start), minutesOfClock(window.end)]
      if (end <= start) {
        context.addIssue({
          code: 'custom',
          path: ['windows', index, 'end'],
          message:
            end === start
              ? `This window ends when it starts (${window.start}): pick a later end.`
              : `This window ends (${window.end}) before it starts (${window.start}): pick a later end.`,
        })
      } else if (shortest !== undefined && end - start < shortest) {
        context.addIssue({
          code: 'custom',
          path: ['windows', index, 'end'],
          message: `This window is ${end - start} minutes long, shorter than your shortest meeting (${shortest} minutes).`,
        })
      }
    })
    // Windows of one day, in order: each must begin at or after the previous one ends.
    const ordered = value.windows
      .map((window, index) => ({ window, index, start: minutesOfClock(window.start), end: minutesOfClock(window.end) }))
      .filter(({ start, end }) => end > start)
      .sort((a, b) => a.window.weekday.localeCompare(b.window.weekday) || a.start - b.start)
    for (let i = 1; i < ordered.length; i++) {
      const [previous, current] = [ordered[i - 1], ordered[i]]
      if (previous.window.weekday === current.window.weekday && current.start < previous.end) {
        context.addIssue({
          code: 'custom',
          path: ['windows', current.index, 'start'],
          message: `This overlaps your ${weekdayLabels[current.window.weekday]} ${previous.window.start}–${previous.window.end} window: join them or move this one.`,
        })
      }
    }
    value.away.forEach((range, index) => {
      if (parseIsoDate(range.from) !== null && parseIsoDate(range.to) !== null && range.to < range.from) {
        context.addIssue({ code: 'custom', path: ['away', index, 'to'], message: `The last day away (${range.to}) is before the first (${range.from}).` })
      }
    })
  }) satisfies z.ZodType<Availability, unknown>

export type AvailabilityInput = z.input<typeof availabilitySchema>
