import type { CollectionConfig } from 'payload'

import { hasRole, isSelfOrAdminBy } from '@/access'

/**
 * One member blocking another. Written only by src/blocks/manage.ts (blocking from a profile, a
 * request or a message; unblocking from /account/blocked). Readable by the blocker and admins:
 * the blocked person can never find out, through any page or API, that a block exists.
 */
export const Blocks: CollectionConfig = {
  slug: 'blocks',
  admin: {
    useAsTitle: 'id',
    // Members keep these from their account pages; in /admin they are for admins only (access is unchanged).
    hidden: ({ user }) => !hasRole(user, 'admin'),
    defaultColumns: ['blocker', 'blocked', 'createdAt'],
    group: 'People',
    description: 'Who blocked whom. The blocked person is never told. Members unblock from their account.',
  },
  access: {
    read: isSelfOrAdminBy('blocker'),
    create: () => false,
    update: () => false,
    delete: isSelfOrAdminBy('blocker'),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['blocker', 'blocked'], unique: true }],
  fields: [
    { name: 'blocker', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'blocked', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
  ],
}
