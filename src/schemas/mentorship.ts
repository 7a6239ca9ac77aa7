import { z } from 'zod'

import { helpTopics } from '@/mentorship/topics'

import { boundedText, oneOf } from './fields'

export const requestLimits = { message: { min: 30, max: 2000 }, preferredTimes: 500, statusNote: 1000, answerQuestion: 10, messageBody: 5000 } as const

/** A Career Candidate's request to a Mentor or Connector, from their profile page. */
export const mentorshipRequestSchema = z.object({
  helpWith: oneOf(helpTopics, 'Choose what you would like help with.'),
  message: boundedText({
    ...requestLimits.message,
    tooShort: 'Tell them a little about yourself and what you hope for: at least 30 characters.',
    tooLong: (length) => `Keep the message to 2,000 characters (it has ${length}).`,
  }),
  preferredTimes: boundedText({ max: requestLimits.preferredTimes, tooLong: (length) => `Keep this to 500 characters (it has ${length}).` }),
})

/** The note a Mentor or Connector adds when answering; a question needs one. */
export const answerNoteSchema = (asking: boolean) =>
  boundedText({
    min: asking ? requestLimits.answerQuestion : 0,
    max: requestLimits.statusNote,
    tooShort: 'Write your question (10 characters or more).',
    tooLong: (length) => `Keep the note to 1,000 characters (it has ${length}).`,
  })

/** A message in a request's conversation. */
export const requestMessageSchema = boundedText({
  max: requestLimits.messageBody,
  required: 'Write a message first.',
  tooLong: (length) => `Keep a message to 5,000 characters (it has ${length}).`,
})
