import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access'

import { linkFields } from './fields/link'
import { revalidateWholeSite } from './hooks/revalidateWholeSite'

export const Footer: GlobalConfig = {
  slug: 'footer',
  admin: { group: 'Site' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'links', type: 'array', maxRows: 12, fields: linkFields },
    { name: 'note', type: 'textarea', maxLength: 300 },
  ],
  hooks: { afterChange: [revalidateWholeSite] },
}
