import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access'

/** A résumé belongs to the Career Candidate who uploads it; admins creating one name the owner. */
export const setOwner: CollectionBeforeChangeHook = ({ data, operation, req: { user } }) => {
  if (operation !== 'create' || !user || hasRole(user, 'admin')) return data
  return { ...data, owner: user.id }
}
