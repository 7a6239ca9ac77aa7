import { z } from 'zod'

import { requestLimits } from './mentorship'
import { boundedText } from './fields'

/** The optional words a leaving mentor sends their mentees in the programme (kept within a request's status note). */
export const leavingNoteSchema = boundedText({
  max: requestLimits.statusNote,
  tooLong: (length) => `Keep your note to 1,000 characters (it has ${length}).`,
})

/** Leaving a programme from /account/programs: which membership, a note, and the confirmation step. */
export const leaveProgramSchema = z.object({
  membership: z.string().regex(/^[0-9a-f]+$/i, 'Choose the programme to leave.'),
  note: leavingNoteSchema,
  confirmed: z.boolean(),
})

/** The mentor's "take me off this programme's mentoring pages" toggle. */
export const programListingSchema = z.object({
  membership: z.string().regex(/^[0-9a-f]+$/i, 'Choose the programme.'),
  hidden: z.boolean(),
})
