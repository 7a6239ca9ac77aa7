import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access'
import { isSelfOrProgramStaffBy } from '@/access/programs'

/**
 * Who accepted which version of which programme agreement, and when. Append-only, like
 * policy-acceptances: written by joining and re-accepting (src/programs), never edited.
 */
export const ProgramAcceptances: CollectionConfig = {
  slug: 'program-acceptances',
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['agreement', 'versionNumber', 'program', 'acceptedAt'],
    group: 'Programmes',
    description: 'Every acceptance of a programme agreement version. Records cannot be edited or deleted.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: isSelfOrProgramStaffBy('user', 'program'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-acceptedAt',
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, admin: { description: 'Empty once the member deleted their account.' } },
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true },
    { name: 'agreement', type: 'relationship', relationTo: 'program-agreements', required: true, index: true },
    { name: 'versionNumber', type: 'number', required: true, min: 1 },
    { name: 'acceptedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
