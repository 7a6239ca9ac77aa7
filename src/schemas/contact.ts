import { z } from 'zod'

import { contactTopics } from '@/contact/topics'

import { boundedText, emailAddress, oneOf } from './fields'

export const contactLimits = { name: 100, message: { min: 10, max: 5000 } } as const

/** The contact form, from /contact and from POST /api/contact-messages/submit. */
export const contactSchema = z.object({
  name: boundedText({ max: contactLimits.name, required: 'Enter your name, or what you would like to be called.' }),
  email: emailAddress('Enter an email address like name@example.org, so we can answer.'),
  topic: oneOf(contactTopics, 'Choose what your message is about.'),
  message: boundedText({
    ...contactLimits.message,
    tooShort: 'Write at least a sentence (10 characters or more).',
    tooLong: (length) => `Keep the message to 5,000 characters (it has ${length}).`,
  }),
})

export type ContactMessageInput = z.output<typeof contactSchema>
