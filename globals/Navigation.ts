import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access'

import { linkFields } from './fields/link'
import { revalidateWholeSite } from './hooks/revalidateWholeSite'

/** The header's links. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  admin: { group: 'Site' },
  access: { read: anyone, update: isAdmin },
  fields: [{ name: 'links', type: 'array', maxRows: 8, fields: linkFields }],
  hooks: { afterChange: [revalidateWholeSite] },
}
