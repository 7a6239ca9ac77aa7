import { z } from 'zod'

import { meetingFrequencies } from '@/matching/options'
import { agreementWays, feedbackMoods } from '@/mentorship/shape-options'

import { boundedText, oneOf, typedText } from './fields'

/** The limits the forms, the domain (src/mentorship/shape.ts) and the collections share. */
export const shapeLimits = { goals: 1500, comment: 2000, worry: { min: 10, max: 2000 }, endsWithinDays: 2 * 366 } as const

const day = 24 * 60 * 60 * 1000
/** A calendar day as the date input sends it. */
const isoDay = /^\d{4}-\d{2}-\d{2}$/

/**
 * An agreement's end date: a real day after today and within two years. `now` is passed in so
 * tests and the page agree on what "today" is.
 */
export const endDate = (now: Date) =>
  typedText.superRefine((value, context) => {
    const time = isoDay.test(value) ? Date.parse(`${value}T12:00:00.000Z`) : NaN
    if (!value) context.addIssue({ code: 'custom', message: 'Choose the day the mentorship ends.' })
    else if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value)
      context.addIssue({ code: 'custom', message: 'Enter the end date as a day, for example 2027-03-31.' })
    else if (value <= now.toISOString().slice(0, 10)) context.addIssue({ code: 'custom', message: 'Choose an end date after today.' })
    else if (time - now.getTime() > shapeLimits.endsWithinDays * day) context.addIssue({ code: 'custom', message: 'Choose an end date within two years.' })
  })

/** What the student sets: their goals in their own words, and the practicalities. */
const practicalities = (now: Date) => ({
  meetingFrequency: oneOf(meetingFrequencies, 'Choose how often you will meet.'),
  how: oneOf(agreementWays, 'Choose how you will meet.'),
  endsOn: endDate(now),
})

export const studentAgreementSchema = (now: Date) =>
  z.object({
    goals: boundedText({
      max: shapeLimits.goals,
      required: 'Write your goals, in a sentence or two.',
      tooLong: (length) => `Keep your goals to 1,500 characters (they have ${length}).`,
    }),
    ...practicalities(now),
  })

/** The mentor sets the practicalities; the goals stay in the student's words. */
export const mentorAgreementSchema = (now: Date) => z.object(practicalities(now))

const comment = boundedText({ max: shapeLimits.comment, tooLong: (length) => `Keep this to 2,000 characters (it has ${length}).` })

/** An answer to "how is it going?". */
export const checkInSchema = z.object({
  mood: oneOf(feedbackMoods, 'Choose how it is going.'),
  comment,
})

/** "I'm worried": a note for the programme's staff (or the admins). */
export const worrySchema = z.object({
  note: boundedText({
    ...shapeLimits.worry,
    required: 'Tell us what worries you.',
    tooShort: 'Tell us a little more: at least 10 characters.',
    tooLong: (length) => `Keep this to 2,000 characters (it has ${length}).`,
  }),
})

/** The feedback each side gives when a mentorship ends. */
export const closingFeedbackSchema = z.object({
  rating: z.coerce
    .number({ error: 'Choose a rating from 1 to 5.' })
    .int({ error: 'Choose a rating from 1 to 5.' })
    .min(1, { error: 'Choose a rating from 1 to 5.' })
    .max(5, { error: 'Choose a rating from 1 to 5.' }),
  comment,
})
