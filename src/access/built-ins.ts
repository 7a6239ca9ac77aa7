import { timingSafeEqual } from 'node:crypto'

import type { Access, PayloadRequest, SanitizedConfig } from 'payload'

import { canUseAdminPanel, hasRole, isAdmin } from './index'

/*
 * Payload adds operations and collections of its own (unlock, versions, jobs, document locks,
 * preferences, migrations, the jobs-stats global) whose default access is "any signed-in
 * account". Sign-up is free here, so that default means "anyone". Every one of them gets a rule
 * chosen below instead; the README's access table lists the result.
 */

export const nobody: Access = () => false

/**
 * Who may run queued jobs through `/api/payload-jobs/run` and `/handle-schedules`: admins, or an
 * external scheduler presenting `Authorization: Bearer <JOBS_SECRET>` (when the operator sets one).
 */
export const mayRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) return true
  const secret = process.env.JOBS_SECRET
  const presented = req.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1]
  if (!secret || !presented) return false
  const [a, b] = [Buffer.from(presented), Buffer.from(secret)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/** For Payload's boolean-only access hooks (jobs). */
export const adminOnly = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

/** Access for the collections Payload adds itself. Writes to them happen inside Payload with access overridden. */
const internalCollections: Record<string, Record<string, Access>> = {
  // Which admin-panel user is editing which document: staff only, as /admin is theirs alone.
  'payload-locked-documents': {
    create: ({ req }) => canUseAdminPanel({ req }),
    read: ({ req }) => canUseAdminPanel({ req }),
    update: ({ req }) => canUseAdminPanel({ req }),
    delete: ({ req }) => canUseAdminPanel({ req }),
  },
  // Admin-panel preferences (column choices and the like): each staff member's own; Payload's rule
  // decides whose, this one that members, who never use /admin, keep none.
  'payload-preferences': { create: ({ req }) => canUseAdminPanel({ req }) },
  'payload-migrations': { create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
  'payload-jobs': { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
  'payload-kv': { create: nobody, read: nobody, update: nobody, delete: nobody },
}

/**
 * Replaces Payload's default access everywhere it would apply: `unlock` is for admins only on
 * every collection, `readVersions` is refused on collections without versions, Payload's own
 * collections and the jobs-stats global get the rules above. Our collections state create, read,
 * update and delete themselves (a test checks that), and versioned ones their readVersions.
 */
export function closeBuiltInAccess(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const internal = internalCollections[collection.slug]
    if (internal) Object.assign(collection.access, internal)
    collection.access.unlock = isAdmin
    if (!collection.versions) collection.access.readVersions = nobody
  }
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') {
      global.access.read = adminOnly
      global.access.update = nobody
    }
    if (!global.versions) global.access.readVersions = nobody
  }
  return config
}
