import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { hasRole, isSameId, type RelationValue } from '@/access'
import { programsStaffedBy } from '@/access/programs'
import { meetingFrequencies } from '@/matching/options'
import { agreementWays } from '@/mentorship/shape-options'
import { asOptions } from '@/lib/select-options'

/** The two people, the staff of the programme it is in, and admins. */
const participantsOrStaff: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const participant: Where = { or: [{ student: { equals: user.id } }, { mentor: { equals: user.id } }] }
  const staffed = await programsStaffedBy(req)
  return staffed.length > 0 ? { or: [participant, { program: { in: staffed } }] } : participant
}

/** The goals are in the student's words: theirs and their mentor's, not staff's or admins'. */
const participantsOnly: FieldAccess = ({ req: { user }, doc }) =>
  Boolean(user?.id != null && doc && (isSameId(user.id, doc.student as RelationValue) || isSameId(user.id, doc.mentor as RelationValue)))

const readOnly = { readOnly: true }

/**
 * The short agreement that gives an accepted mentorship its shape: the student's goals, how often
 * and how the two will meet, and when it ends, from the programme's template (or the platform's).
 * Both confirm it; a change by either asks the other to confirm again. Written only by the
 * platform (src/mentorship/shape.ts).
 */
export const MentorshipAgreements: CollectionConfig = {
  slug: 'mentorship-agreements',
  admin: {
    defaultColumns: ['request', 'program', 'endsOn', 'studentConfirmedAt', 'mentorConfirmedAt'],
    group: 'Programmes',
    description: 'What each mentorship agreed at its start. Read-only here: the two people write and confirm it.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: participantsOrStaff,
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'mentorship-requests', required: true, unique: true, index: true, admin: readOnly },
    { name: 'student', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'mentor', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'program', type: 'relationship', relationTo: 'programs', index: true, admin: readOnly },
    { name: 'goals', type: 'textarea', maxLength: 1500, admin: readOnly, access: { read: participantsOnly } },
    { name: 'meetingFrequency', type: 'select', options: asOptions(meetingFrequencies), admin: readOnly },
    { name: 'how', type: 'select', options: asOptions(agreementWays), admin: readOnly },
    { name: 'endsOn', type: 'date', index: true, admin: readOnly },
    { name: 'terms', type: 'textarea', maxLength: 2000, admin: { ...readOnly, description: 'The template’s terms at the time, as both confirmed them.' } },
    { name: 'checkInEveryWeeks', type: 'number', min: 1, max: 26, admin: readOnly },
    { name: 'studentConfirmedAt', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'mentorConfirmedAt', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
  ],
}
