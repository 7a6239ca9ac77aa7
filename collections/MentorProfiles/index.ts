import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone, hasRole, isAdmin, isAdminField, isSameId, isSelfOrAdminBy } from '@/access'

import { revalidateDeletedMentor, revalidateMentorPages } from './hooks/revalidateMentorPages'

const isOwnerOrAdminField: FieldAccess = ({ req: { user }, doc }) => hasRole(user, 'admin') || isSameId(user?.id, doc?.user)

/**
 * The directory profile of a Mentor or Connector: one per member, kept in step with their
 * account (src/accounts/mentor-profile.ts). Public by design; the account behind it is not.
 */
export const MentorProfiles: CollectionConfig = {
  slug: 'mentor-profiles',
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'kind', 'organization', 'updatedAt'],
    group: 'People',
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isSelfOrAdminBy('user'),
    delete: isAdmin,
  },
  defaultSort: 'displayName',
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      access: { read: isOwnerOrAdminField, update: isAdminField },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Mentor', value: 'mentor' },
        { label: 'Connector', value: 'connector' },
      ],
      access: { update: isAdminField },
      admin: { description: 'Follows the member’s account: they switch on their account page.' },
    },
    {
      name: 'displayName',
      type: 'text',
      required: true,
      maxLength: 80,
      access: { update: isAdminField },
      admin: { description: 'The member’s chosen name, kept in step with their account.' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: 'Set when the member accepts an organisation’s invitation or it approves their request.' },
    },
  ],
  hooks: {
    afterChange: [revalidateMentorPages],
    afterDelete: [revalidateDeletedMentor],
  },
}
