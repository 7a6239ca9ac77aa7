import type { Access, PayloadRequest } from 'payload'

import { hasRole } from '@/access'
import { accountsBlockedWith } from '@/blocks/lookup'

type Id = number | string

const blockedWithKey = 'accountsBlockedWithViewer'

/** Everyone on the other side of a block with the signed-in user, looked up once per request. */
export async function accountsBlockedWithViewer(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context[blockedWithKey] as Id[] | undefined
  if (cached) return cached
  const others = req.user?.id != null ? await accountsBlockedWith(req.payload, req.user.id, req) : []
  req.context[blockedWithKey] = others
  return others
}

/**
 * Read access for directory profiles: public, except that a signed-in member never sees the
 * profile of someone on the other side of a block (it is missing for them, as if deleted).
 * Admins see every profile. Signed out, profiles stay public.
 */
export const publicExceptBlocked: Access = async ({ req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return true
  const hidden = await accountsBlockedWithViewer(req)
  return hidden.length === 0 ? true : { user: { not_in: hidden } }
}
