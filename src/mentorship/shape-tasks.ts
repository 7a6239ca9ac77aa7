import type { TaskConfig } from 'payload'

import { askForCheckIn, askForClosingFeedback } from './shape'

/** Queued at acceptance for the first round, then by each round for the next; does nothing once the mentorship ended. */
export const askForCheckInTask: TaskConfig<'ask-for-check-in'> = {
  slug: 'ask-for-check-in',
  label: 'Ask both sides of a mentorship how it is going',
  inputSchema: [
    { name: 'requestId', type: 'text', required: true },
    { name: 'round', type: 'number', required: true },
  ],
  retries: 5,
  handler: async ({ input, req }) => {
    await askForCheckIn(req.payload, input.requestId, input.round)
    return { output: {} }
  },
}

/** Queued when a mentorship ends, to run a day later; skips a side that already gave feedback. */
export const askForClosingFeedbackTask: TaskConfig<'ask-for-closing-feedback'> = {
  slug: 'ask-for-closing-feedback',
  label: 'Ask both sides of an ended mentorship for feedback',
  inputSchema: [{ name: 'requestId', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    await askForClosingFeedback(req.payload, input.requestId)
    return { output: {} }
  },
}
