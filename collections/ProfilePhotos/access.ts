import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isSameId } from '@/access'
import { accountsBlockedWithViewer } from '@/access/blocks'

/**
 * A photo is readable exactly when the directory profile it belongs to is (publicExceptBlocked
 * on `mentor-profiles`): by anyone, except members on either side of a block with its owner,
 * and never once it belongs to no profile. Its owner and admins always. The same rule answers
 * REST, GraphQL, the pages and Payload's file route for the image and each of its sizes.
 */
export const visibleWithTheirProfile: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const onAProfile: Where = { profile: { exists: true } }
  if (!req.user?.id) return onAProfile
  const blocked = await accountsBlockedWithViewer(req)
  const visible: Where = blocked.length === 0 ? onAProfile : { and: [onAProfile, { owner: { not_in: blocked } }] }
  return { or: [{ owner: { equals: req.user.id } }, visible] }
}

/** Whose photo it is stays private, as the profile's own link to the account does. */
export const isOwnerOrAdminField: FieldAccess = ({ req: { user }, doc }) => hasRole(user, 'admin') || isSameId(user?.id, doc?.owner)
