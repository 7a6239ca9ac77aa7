import type { GlobalConfig } from 'payload'

import { anyone, hasRole, isAdmin } from '@/access'

import { linkFields } from './fields/link'
import { revalidateWholeSite } from './hooks/revalidateWholeSite'

/** The header's links. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  // Only admins change it; staff would find a card that leads nowhere. Access stays enforced by `access`.
  admin: { group: 'Site', hidden: ({ user }) => !hasRole(user, 'admin') },
  access: { read: anyone, update: isAdmin },
  fields: [{ name: 'links', type: 'array', maxRows: 8, fields: linkFields }],
  hooks: { afterChange: [revalidateWholeSite] },
}
