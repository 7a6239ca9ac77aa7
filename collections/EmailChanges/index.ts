import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isSelfOrAdminBy } from '@/access'

/**
 * A member's request to use a new email address. The new address is pending until it is
 * confirmed from the link sent to it; the old address is told, with a link that cancels the
 * change (or, once confirmed, puts the old address back). Written only by
 * src/accounts/email-change.ts; the links' tokens are stored as SHA-256 hashes.
 */
export const EmailChanges: CollectionConfig = {
  slug: 'email-changes',
  admin: {
    useAsTitle: 'newEmail',
    // Members keep these from their account pages; in /admin they are for admins only (access is unchanged).
    hidden: ({ user }) => !hasRole(user, 'admin'),
    defaultColumns: ['user', 'previousEmail', 'newEmail', 'status', 'createdAt'],
    group: 'People',
    description: 'Email address changes members asked for. Admins change an address directly on the account instead.',
  },
  access: {
    read: isSelfOrAdminBy('user'),
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'previousEmail', type: 'email', required: true, admin: { readOnly: true } },
    { name: 'newEmail', type: 'email', required: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Waiting for confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Cancelled from the old address', value: 'cancelled' },
        { label: 'Replaced by a newer request', value: 'superseded' },
        { label: 'Undone from the old address', value: 'undone' },
      ],
      admin: { readOnly: true },
    },
    { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
    { name: 'undoTokenHash', type: 'text', index: true, hidden: true },
    { name: 'expiresAt', label: 'Confirm by', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'undoUntil', label: 'Can be undone until', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'closedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
