import type { Access, AccessResult, FieldAccess, Where } from 'payload'

import { hasRole, isSameId, mentorsWhoAccepted } from '@/access'
import { accountsBlockedWithViewer } from '@/access/blocks'

/**
 * A photo is readable by the audience its owner chose (`visibility`, the same choices as the
 * profile's pronouns: everyone; signed-in members but not company representatives; only students
 * whose request they accepted; nobody), and only while it belongs to a profile the reader may see
 * (publicExceptBlocked on `mentor-profiles`: never across a block). Its owner and admins always.
 * The same rule answers REST, GraphQL, the pages and Payload's file route for every size.
 */
export const visibleWithTheirProfile: Access = async ({ req }): Promise<AccessResult> => {
  if (hasRole(req.user, 'admin')) return true
  const onAProfile: Where = { profile: { exists: true } }
  const forEveryone: Where = { visibility: { equals: 'public' } }
  if (!req.user?.id) return { and: [onAProfile, forEveryone] }
  const audiences: Where[] = [forEveryone]
  if (!hasRole(req.user, 'company-representative')) {
    audiences.push({ visibility: { equals: 'members' } })
    // The set holds ids as text; a user id is a number on SQLite, a string on MongoDB.
    const asUserId = (id: string) => (typeof req.user!.id === 'number' ? Number(id) : id)
    const contacts = [...(await mentorsWhoAccepted(req))].map(asUserId)
    if (contacts.length > 0) audiences.push({ and: [{ visibility: { equals: 'contacts' } }, { owner: { in: contacts } }] })
  }
  const blocked = await accountsBlockedWithViewer(req)
  const visible: Where[] = [onAProfile, { or: audiences }]
  if (blocked.length > 0) visible.push({ owner: { not_in: blocked } })
  return { or: [{ owner: { equals: req.user.id } }, { and: visible }] }
}

/** Whose photo it is stays private, as the profile's own link to the account does. */
export const isOwnerOrAdminField: FieldAccess = ({ req: { user }, doc }) => hasRole(user, 'admin') || isSameId(user?.id, doc?.owner)
