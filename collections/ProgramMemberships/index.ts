import type { CollectionConfig } from 'payload'

import { hasRole, isAdminField } from '@/access'
import { isOwnerOrAdminField, isOwnerOrProgramStaffField, isProgramStaffBy, isSelfOrProgramStaffBy, nothingMatches, programsStaffedBy } from '@/access/programs'
import { asOptions } from '@/lib/select-options'
import { membershipStatuses, programSides } from '@/programs/options'

import { checkDecision } from './hooks/checkDecision'
import { markStaffDecision } from './hooks/markStaffDecision'
import { notifyDecision } from './hooks/notifyDecision'
import { windDownRemoval } from './hooks/windDownRemoval'

const platformOnly = { create: () => false, update: () => false }
const readOnly = { readOnly: true }

/**
 * A member's place in a programme, on one side, and where it stands: confirming an institution
 * address, waiting for approval, in, declined, left or removed. Written by joining and leaving
 * (src/programs); programme staff change only the status and its reason (approve, decline,
 * remove), which the member is told.
 */
export const ProgramMemberships: CollectionConfig = {
  slug: 'program-memberships',
  admin: {
    useAsTitle: 'memberName',
    defaultColumns: ['memberName', 'program', 'side', 'status', 'createdAt'],
    group: 'Programmes',
    description: 'Members of your programmes. Approve or decline people waiting, or remove a member, with a reason they will see.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
    // Staff who are also members elsewhere read their own memberships too; their working list is their programmes' members.
    baseFilter: async ({ req }) => {
      if (hasRole(req.user, 'admin')) return null
      const staffed = await programsStaffedBy(req)
      return staffed.length > 0 ? { program: { in: staffed } } : nothingMatches('program')
    },
    components: { beforeList: [{ path: '@/components/admin/programs/ApprovalQueue#ApprovalQueue', serverProps: { inList: true } }] },
  },
  access: {
    read: isSelfOrProgramStaffBy('user', 'program'),
    create: () => false,
    update: isProgramStaffBy('program'),
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['program', 'user', 'side'] }],
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true, access: platformOnly, admin: readOnly },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: platformOnly,
      // Staff cannot read accounts (only the member's name below); the bare account number would tell them nothing.
      admin: { ...readOnly, condition: (_data, _sibling, { user }) => hasRole(user, 'admin') },
    },
    { name: 'memberName', label: 'Member', type: 'text', access: platformOnly, admin: { ...readOnly, description: 'Their chosen name.' } },
    { name: 'side', type: 'select', required: true, options: asOptions(programSides), access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'awaiting-approval',
      options: asOptions(membershipStatuses),
      access: { create: () => false },
      admin: { position: 'sidebar' },
    },
    {
      name: 'statusReason',
      label: 'Reason',
      type: 'textarea',
      maxLength: 500,
      access: { read: isOwnerOrProgramStaffField(), create: () => false },
      admin: { description: 'When you decline or remove someone: what they are told, in a sentence or two.' },
    },
    {
      name: 'institutionEmail',
      label: 'Institution address',
      type: 'email',
      access: { read: isOwnerOrAdminField(), ...platformOnly },
      admin: { ...readOnly, description: 'Seen by the member and platform admins only.' },
    },
    {
      name: 'verifiedDomain',
      label: 'Confirmed an address at',
      type: 'text',
      access: platformOnly,
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'emailConfirmedAt', type: 'date', access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'emailToken', type: 'text', index: true, hidden: true, access: { read: () => false, ...platformOnly } },
    { name: 'emailTokenExpiresAt', type: 'date', hidden: true, access: { read: () => false, ...platformOnly } },
    { name: 'invitation', type: 'relationship', relationTo: 'program-invitations', access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'answers',
      type: 'array',
      access: { read: isOwnerOrProgramStaffField(), ...platformOnly },
      admin: { ...readOnly, description: 'Answers to the registration questions.' },
      fields: [
        { name: 'questionId', type: 'text', required: true, admin: { hidden: true } },
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', maxLength: 2000 },
        { name: 'shareWithMentor', type: 'checkbox', admin: { hidden: true } },
      ],
    },
    {
      name: 'hiddenFromListings',
      label: 'Taken off the mentoring pages',
      type: 'checkbox',
      defaultValue: false,
      access: platformOnly,
      admin: { ...readOnly, position: 'sidebar', description: 'The mentor asked not to be listed in this programme.' },
    },
    { name: 'joinedAt', label: 'Member since', type: 'date', access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isAdminField, ...platformOnly },
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'leftAt', type: 'date', index: true, access: platformOnly, admin: { ...readOnly, position: 'sidebar' } },
  ],
  hooks: {
    beforeOperation: [markStaffDecision],
    beforeChange: [checkDecision],
    afterChange: [notifyDecision, windDownRemoval],
  },
}
