import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access'
import { isOwnerOrProgramStaffField, isSelfOrProgramStaffBy } from '@/access/programs'
import { feedbackKinds, feedbackMoods } from '@/mentorship/shape-options'
import { asOptions } from '@/lib/select-options'

const readOnly = { readOnly: true }

/**
 * What one person in a mentorship tells the platform about it, privately: a check-in answer
 * ("how is it going?"), an "I'm worried" flag, or the feedback at its end. Read by its author,
 * the staff of the programme the mentorship is in, and admins, never by the other person in the
 * mentorship. Written only by the platform (src/mentorship/shape.ts).
 */
export const MentorshipFeedback: CollectionConfig = {
  slug: 'mentorship-feedback',
  admin: {
    defaultColumns: ['kind', 'side', 'mood', 'program', 'createdAt'],
    group: 'Programmes',
    description: 'Check-ins, worries and end-of-mentorship feedback from members. The other person in the mentorship never sees these.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: isSelfOrProgramStaffBy('author', 'program'),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'mentorship-requests', required: true, index: true, admin: readOnly },
    { name: 'program', type: 'relationship', relationTo: 'programs', index: true, admin: readOnly },
    { name: 'author', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    {
      name: 'side',
      type: 'select',
      required: true,
      options: [
        { label: 'The student', value: 'student' },
        { label: 'The mentor', value: 'mentor' },
      ],
      admin: readOnly,
    },
    { name: 'kind', type: 'select', required: true, index: true, options: asOptions(feedbackKinds), admin: readOnly },
    /** Which check-in round this answers (1 for the first), so a round is answered once per side. */
    { name: 'round', type: 'number', min: 1, admin: readOnly },
    { name: 'mood', type: 'select', options: asOptions(feedbackMoods), admin: { ...readOnly, description: 'The answer to “how is it going?”' } },
    { name: 'rating', type: 'number', min: 1, max: 5, admin: { ...readOnly, description: 'At the end: 1 (poor) to 5 (excellent).' } },
    { name: 'comment', type: 'textarea', maxLength: 2000, admin: readOnly, access: { read: isOwnerOrProgramStaffField('author') } },
    {
      name: 'handledAt',
      type: 'date',
      admin: { ...readOnly, position: 'sidebar', description: 'For a worry: when programme staff took it up.' },
    },
    { name: 'handledBy', type: 'relationship', relationTo: 'users', admin: { ...readOnly, position: 'sidebar' } },
  ],
}
