import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access'
import { isProgramStaffBy } from '@/access/programs'

const readOnly = { readOnly: true }

/**
 * A programme's matching round: the pairs the platform proposed for every mentee still waiting,
 * as programme staff adjusted them, and when the introductions went out. Read by the programme's
 * staff and admins; written only by the platform (src/programs/matching-round.ts) from the
 * matching page in /admin.
 */
export const MatchRounds: CollectionConfig = {
  slug: 'match-rounds',
  admin: {
    defaultColumns: ['program', 'status', 'createdAt', 'sentAt'],
    group: 'Programmes',
    description: 'Rounds of proposed pairs for programmes whose staff match centrally.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: isProgramStaffBy('program'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true, admin: readOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'Being reviewed', value: 'draft' },
        { label: 'Introductions sent', value: 'sent' },
        { label: 'Discarded', value: 'discarded' },
      ],
      admin: readOnly,
    },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', admin: readOnly },
    { name: 'sentAt', type: 'date', admin: readOnly },
    {
      name: 'pairs',
      type: 'array',
      admin: readOnly,
      fields: [
        { name: 'mentee', type: 'relationship', relationTo: 'users', required: true },
        { name: 'menteeName', type: 'text' },
        { name: 'profile', type: 'relationship', relationTo: 'mentor-profiles' },
        { name: 'score', type: 'number' },
        { name: 'reasons', type: 'textarea' },
        /** Whether staff changed the platform's proposal. */
        { name: 'adjusted', type: 'checkbox', defaultValue: false },
        /** The request made by the introduction, once sent. */
        { name: 'request', type: 'relationship', relationTo: 'mentorship-requests' },
      ],
    },
  ],
}
