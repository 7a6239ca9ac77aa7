import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access'
import { verifiedPasswordChange } from '@/accounts/password'
import { UserFacingError } from '@/lib/errors'

/**
 * A member's own update may not set a new password without the current one: a stolen session
 * must not be enough to take the account over. /account/password asks for the current password;
 * a forgotten one is reset by email. Admins may still set a password directly.
 */
export const refuseUnverifiedPasswordChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin') || req.context[verifiedPasswordChange]) return data
  if (data.password === undefined || data.password === null || data.password === '') return data
  throw new UserFacingError(
    'A new password needs your current one. Change it from your account, at /account/password, or ask for a reset link at /forgot-password.',
    403,
  )
}
