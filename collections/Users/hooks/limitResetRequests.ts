import type { CollectionBeforeOperationHook } from 'payload'

import { UserFacingError } from '@/lib/errors'
import { clientAddress, takeFromLimit } from '@/limits'

/**
 * Payload's REST `POST /api/users/forgot-password` and GraphQL `forgotPasswordUser` send a reset
 * email like the forgot-password page does: they take from the same limit, per connection and
 * per inbox. (The page counts in its action and calls Payload's local API, which this leaves be.)
 */
export const limitResetRequests: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const tooMany = await takeFromLimit(req.payload, 'reset', { address: clientAddress(req.headers), email: typeof email === 'string' ? email : undefined })
  if (tooMany) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(tooMany.retryAfterSeconds))
    throw new UserFacingError(tooMany.message, 429)
  }
  return args
}
