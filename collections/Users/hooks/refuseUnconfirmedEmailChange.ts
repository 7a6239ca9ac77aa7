import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access'
import { confirmedEmailChange } from '@/accounts/email-change'
import { UserFacingError } from '@/lib/errors'

const normalized = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value)

/**
 * A member's own update (REST, GraphQL, the admin panel or a page) may not change the address
 * they sign in with: that goes through /account/email, which confirms the new address by email
 * and tells the old one. Admins may still set an address directly, for someone who lost theirs.
 */
export const refuseUnconfirmedEmailChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin') || req.context[confirmedEmailChange]) return data
  if (data.email === undefined || normalized(data.email) === normalized(originalDoc?.email)) return data
  throw new UserFacingError(
    'Your email address changes only once the new address is confirmed. Change it from your account, at /account/email: we email a link to the new address.',
    403,
  )
}
