import type { Access, CollectionConfig, Where } from 'payload'

import { hasRole, isRequestParticipantOrHandlingAdmin } from '@/access'
import { helpTopics, requestStatuses } from '@/mentorship/topics'
import { requestLimits } from '@/schemas/mentorship'

import { followMentorshipShape } from './hooks/followMentorshipShape'

/**
 * The two people in a request read it; admins read that it exists and where it stands, and what
 * was written only once a conduct report names it (field access below). Everyone else sees
 * nothing, not even that it exists.
 */
export const isParticipantOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  const participant: Where = { or: [{ student: { equals: user.id } }, { mentor: { equals: user.id } }] }
  return participant
}

const readOnly = { readOnly: true }

/** What the two people wrote: theirs, and an admin's only while handling a report that names the request. */
const writtenByParticipants = { read: isRequestParticipantOrHandlingAdmin }

/**
 * A Career Candidate's request to a Mentor or Connector, and where it stands. Written only by
 * the platform (src/mentorship/requests.ts), which checks who may do what in which state and
 * sends the emails; the API reads it with the participants' access.
 */
export const MentorshipRequests: CollectionConfig = {
  slug: 'mentorship-requests',
  admin: {
    defaultColumns: ['id', 'status', 'helpWith', 'createdAt', 'respondedAt'],
    group: 'Contact',
    description: 'Requests between students and mentors. Read-only here: the participants act on them from their account.',
    // Only admins use it; staff would find a card and a menu entry that leads nowhere. Access stays enforced by `access`.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: isParticipantOrAdmin,
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'student', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'mentor', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'profile', type: 'relationship', relationTo: 'mentor-profiles', admin: readOnly },
    {
      name: 'program',
      type: 'relationship',
      relationTo: 'programs',
      index: true,
      admin: { ...readOnly, description: 'The programme the request was sent in; its capacity and reply-by time apply.' },
    },
    { name: 'helpWith', type: 'select', required: true, options: helpTopics.map(([value, label]) => ({ value, label })), admin: readOnly },
    { name: 'message', type: 'textarea', required: true, maxLength: requestLimits.message.max, admin: readOnly, access: writtenByParticipants },
    { name: 'preferredTimes', type: 'textarea', maxLength: requestLimits.preferredTimes, admin: readOnly, access: writtenByParticipants },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: requestStatuses.map(([value, label]) => ({ value, label })),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'statusNote',
      type: 'textarea',
      maxLength: requestLimits.statusNote,
      admin: { ...readOnly, description: 'What the mentor or the platform said when the status last changed.' },
      access: writtenByParticipants,
    },
    { name: 'respondedAt', type: 'date', index: true, admin: { ...readOnly, position: 'sidebar', description: 'When the mentor first answered.' } },
    { name: 'closedAt', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'closedBy',
      type: 'select',
      options: [
        { label: 'The student', value: 'student' },
        { label: 'The mentor', value: 'mentor' },
        { label: 'The platform (expiry, pause, leaving)', value: 'platform' },
      ],
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'remindedAt', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'expiresAt', type: 'date', index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'lastMessageAt', type: 'date', index: true, admin: { ...readOnly, position: 'sidebar' } },
  ],
  hooks: {
    afterChange: [followMentorshipShape],
  },
}
