import type { Payload } from 'payload'

import { answerContactSubmission } from '@/contact/submit'

import { directApiKey } from './direct-api.mjs'

type DirectHandler = (request: { body: unknown; headers: Pick<Headers, 'get'> }) => Promise<{ status: number; json: unknown }>

/**
 * Hands the production server the routes it answers without Next (see direct-api.mjs), each with
 * the function its Payload endpoint uses. Harmless elsewhere: only scripts/start.mjs reads it.
 */
export function registerDirectApi(payload: Payload): void {
  const routes = new Map<string, DirectHandler>([
    ['POST /api/contact-messages/submit', ({ body, headers }) => answerContactSubmission(payload, body, headers)],
  ])
  ;(globalThis as Record<symbol, unknown>)[directApiKey] = routes
}
