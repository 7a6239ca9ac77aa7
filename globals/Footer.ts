import type { GlobalConfig } from 'payload'

import { anyone, hasRole, isAdmin } from '@/access'

import { linkFields } from './fields/link'
import { revalidateWholeSite } from './hooks/revalidateWholeSite'

export const Footer: GlobalConfig = {
  slug: 'footer',
  // Only admins change it; staff would find a card that leads nowhere. Access stays enforced by `access`.
  admin: { group: 'Site', hidden: ({ user }) => !hasRole(user, 'admin') },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'links', type: 'array', maxRows: 12, fields: linkFields },
    { name: 'note', type: 'textarea', maxLength: 300 },
  ],
  hooks: { afterChange: [revalidateWholeSite] },
}
