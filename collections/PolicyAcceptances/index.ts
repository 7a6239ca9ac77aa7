import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isSelfOrAdminBy } from '@/access'

/**
 * Who accepted which version of which policy, and when. Append-only for everyone, admins
 * included: the record is evidence. Written by the sign-up and re-acceptance flows.
 */
export const PolicyAcceptances: CollectionConfig = {
  slug: 'policy-acceptances',
  admin: {
    useAsTitle: 'id',
    // Members keep these from their account pages; in /admin they are for admins only (access is unchanged).
    hidden: ({ user }) => !hasRole(user, 'admin'),
    defaultColumns: ['policy', 'versionNumber', 'user', 'acceptedAt'],
    group: 'Policies',
    description: 'Every acceptance of a policy version. Records cannot be edited or deleted.',
  },
  access: {
    read: isSelfOrAdminBy('user'),
    create: isAdmin,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-acceptedAt',
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { description: 'Empty once the member deleted their account: the record stays, anonymous.' },
    },
    { name: 'policy', type: 'relationship', relationTo: 'policies', required: true, index: true },
    { name: 'versionNumber', type: 'number', required: true, min: 1, index: true },
    { name: 'acceptedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
