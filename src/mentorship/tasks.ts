import type { TaskConfig } from 'payload'

import { expireRequest, remindAboutRequest } from './requests'

/** Queued with each request to run a week later; does nothing if the request was answered. */
export const remindAboutRequestTask: TaskConfig<'remind-about-request'> = {
  slug: 'remind-about-request',
  label: 'Remind a mentor about a waiting request',
  inputSchema: [{ name: 'requestId', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    await remindAboutRequest(req.payload, input.requestId)
    return { output: {} }
  },
}

/** Queued with each request to run two weeks later; does nothing if the request was answered. */
export const expireRequestTask: TaskConfig<'expire-request'> = {
  slug: 'expire-request',
  label: 'Expire a request nobody answered',
  inputSchema: [{ name: 'requestId', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    await expireRequest(req.payload, input.requestId)
    return { output: {} }
  },
}
