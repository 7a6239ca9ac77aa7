import type { TaskConfig } from 'payload'

import { remindAboutMeeting } from './book'

/** Queued 24 hours and 1 hour before a booked meeting; does nothing if it was cancelled or moved since. */
export const remindAboutMeetingTask: TaskConfig<'remind-about-meeting'> = {
  slug: 'remind-about-meeting',
  label: 'Remind both people of a meeting',
  inputSchema: [
    { name: 'meetingId', type: 'text', required: true },
    { name: 'startsAt', type: 'text', required: true },
    { name: 'hours', type: 'number', required: true },
  ],
  retries: 5,
  handler: async ({ input, req }) => {
    await remindAboutMeeting(req.payload, input)
    return { output: {} }
  },
}
