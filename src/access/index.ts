import type { Access, FieldAccess, Where } from 'payload'

import type { Role } from '@/lib/roles'
import { staffRoles } from '@/lib/roles'

/**
 * Access rules, one small predicate each. Collections compose them; a rule that returns a
 * `where` query filters lists instead of refusing them.
 */

type MaybeUser = { id: number | string; roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean => Boolean(user?.roles?.includes(role))

export const anyone: Access = () => true

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)

/** Who may open /admin at all: admins and organisation staff, not members. */
export const canUseAdminPanel = ({ req: { user } }: { req: { user: MaybeUser } }): boolean =>
  staffRoles.some((role) => hasRole(user, role))

export const isSelfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** For records that belong to a member through a `field` pointing at their account. */
export const isSelfOrAdminBy =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    return { [field]: { equals: user.id } }
  }

const published: Where = { _status: { equals: 'published' } }

/** Drafts stay invisible to everyone but admins. */
export const publishedOrAdmin: Access = ({ req: { user } }) => (hasRole(user, 'admin') ? true : published)

/** Past published versions are public record; draft versions are admins' work in progress. */
export const publishedVersionsOrAdmin: Access = ({ req: { user } }) =>
  hasRole(user, 'admin') ? true : { 'version._status': { equals: 'published' } }
