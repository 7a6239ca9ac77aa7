import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { UserFacingError } from '@/lib/errors'
import { clientAddress } from '@/limits'
import { forgetSignInFailures, gateSignIn } from '@/limits/sign-in'

/**
 * The sign-in page passes the client's address in the local API's context (src/accounts/signin.ts);
 * REST and GraphQL requests carry it in the header the production server pinned.
 */
function signInAddress(req: PayloadRequest): string {
  const fromPage = req.payloadAPI === 'local' ? req.context?.clientAddress : undefined
  return typeof fromPage === 'string' ? fromPage : clientAddress(req.headers)
}

/**
 * Refuses a sign-in while its email address or connection is locked (src/limits/sign-in.ts),
 * before Payload looks the account up: the same answer whether or not an account exists.
 */
export const refuseLockedSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.trim()) return args
  const refusal = await gateSignIn(req.payload, { email, address: signInAddress(req) })
  if (refusal) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(refusal.retryAfterSeconds))
    throw new UserFacingError(refusal.message, 429)
  }
  return args
}

/** A successful sign-in takes back its attempt: only failures count. */
export const forgetFailedSignIns: CollectionAfterLoginHook = async ({ req, user }) => {
  if (typeof user?.email === 'string') await forgetSignInFailures(req.payload, { email: user.email, address: signInAddress(req) })
  return user
}
