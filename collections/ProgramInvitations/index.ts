import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { randomBytes } from 'node:crypto'

import { hasRole } from '@/access'
import { isOwnerOrProgramStaffField, isProgramStaffBy, mayCreateInStaffedProgram, refuseCreateOutsideStaffedProgram } from '@/access/programs'
import { asOptions } from '@/lib/select-options'
import { programSides } from '@/programs/options'

/** A new invitation gets its secret; it never changes, so a link once shared keeps working until it expires. */
const issueToken: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, token: randomBytes(18).toString('base64url'), createdBy: req.user?.id, uses: 0 }
}

/**
 * An invitation link into a programme, for one side: staff share it with the people they want,
 * and joining through it meets the programme's "by invitation" rule. It can expire and run out.
 */
export const ProgramInvitations: CollectionConfig = {
  slug: 'program-invitations',
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'program', 'side', 'uses', 'expiresAt'],
    group: 'Programmes',
    description: 'Links that let people join a programme on one side. Share the link; anyone holding it can use it until it expires or runs out.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: isProgramStaffBy('program'),
    create: mayCreateInStaffedProgram,
    update: isProgramStaffBy('program'),
    delete: isProgramStaffBy('program'),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true, access: { update: () => false } },
    { name: 'label', type: 'text', required: true, maxLength: 120, admin: { description: 'For your records, for example “Spring cohort mentors”.' } },
    { name: 'side', label: 'Joins as', type: 'select', required: true, defaultValue: 'mentee', options: asOptions(programSides) },
    { name: 'expiresAt', type: 'date', admin: { description: 'Empty: until you delete it.' } },
    { name: 'maxUses', type: 'number', min: 1, max: 10000, admin: { description: 'Empty: no limit.' } },
    { name: 'uses', type: 'number', defaultValue: 0, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    {
      name: 'token',
      type: 'text',
      index: true,
      access: { read: isOwnerOrProgramStaffField('createdBy'), create: () => false, update: () => false },
      admin: { readOnly: true, description: 'The link is /programs/<programme>/join?invite=<this>.' },
    },
    {
      name: 'joinLink',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/programs/InvitationLink#InvitationLink' } },
    },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
  ],
  hooks: { beforeOperation: [refuseCreateOutsideStaffedProgram], beforeChange: [issueToken] },
}
