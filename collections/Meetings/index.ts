import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { hasRole, isSameId, type RelationValue } from '@/access'
import { meetingKinds, meetingMarks, meetingStatuses } from '@/meetings/options'

/** The two people in a meeting read it; admins read that it exists and when. Nobody else learns of it. */
export const isMeetingParticipantOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  const participant: Where = { or: [{ student: { equals: user.id } }, { mentor: { equals: user.id } }] }
  return participant
}

/** Where the two meet (the mentor's room link, a phone arrangement, a place) and what they wrote: theirs alone, not even an admin's. */
const participantsOnly: FieldAccess = ({ req: { user }, doc }) =>
  Boolean(user?.id && doc && (isSameId(user.id, doc.student as RelationValue) || isSameId(user.id, doc.mentor as RelationValue)))

const options = (list: readonly (readonly [string, string])[]) => list.map(([value, label]) => ({ value, label }))
const readOnly = { readOnly: true }

/**
 * A meeting booked inside a mentorship (or booked as a Connector's one-off session). Written only
 * by the platform (src/meetings/book.ts), which checks the slot is free, keeps two bookings from
 * taking one slot, and sends the calendar invitations; the API only reads, with the participants'
 * access.
 */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  admin: {
    defaultColumns: ['id', 'status', 'startsAt', 'lengthMinutes', 'createdAt'],
    group: 'Contact',
    description: 'Meetings between students and mentors. Read-only here: the two people book, move and cancel them from their account.',
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: isMeetingParticipantOrAdmin,
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: '-startsAt',
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'mentorship-requests', required: true, index: true, admin: readOnly },
    { name: 'student', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'mentor', type: 'relationship', relationTo: 'users', required: true, index: true, admin: readOnly },
    { name: 'profile', type: 'relationship', relationTo: 'mentor-profiles', required: true, index: true, admin: readOnly },
    { name: 'status', type: 'select', required: true, index: true, options: options(meetingStatuses), admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'proposedBy',
      type: 'select',
      required: true,
      options: [
        { label: 'The student', value: 'student' },
        { label: 'The mentor', value: 'mentor' },
      ],
      admin: readOnly,
    },
    { name: 'startsAt', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'endsAt', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lengthMinutes', type: 'number', required: true, admin: readOnly },
    { name: 'mentorTimeZone', type: 'text', required: true, maxLength: 64, admin: readOnly },
    { name: 'studentTimeZone', type: 'text', required: true, maxLength: 64, admin: readOnly },
    {
      // Not named "where": GraphQL would then have two types called Meeting_where (the field's choices and the query filter).
      name: 'how',
      label: 'How they meet',
      type: 'select',
      required: true,
      options: options(meetingKinds),
      admin: readOnly,
    },
    { name: 'whereDetail', type: 'text', maxLength: 500, access: { read: participantsOnly }, admin: readOnly },
    { name: 'note', type: 'textarea', maxLength: 1000, access: { read: participantsOnly }, admin: readOnly },
    {
      name: 'slotClaim',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: () => false },
      admin: { hidden: true, description: 'profile@start while the meeting holds its time: two bookings of one slot cannot both be written.' },
    },
    {
      name: 'sequence',
      type: 'number',
      required: true,
      defaultValue: 0,
      admin: { ...readOnly, position: 'sidebar', description: 'Raised on every change, for calendar apps.' },
    },
    { name: 'cancelledAt', type: 'date', admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'cancelledBy',
      type: 'select',
      options: [
        { label: 'The student', value: 'student' },
        { label: 'The mentor', value: 'mentor' },
        { label: 'The platform (the mentorship ended, or a block)', value: 'platform' },
      ],
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'cancelNote', type: 'textarea', maxLength: 500, access: { read: participantsOnly }, admin: readOnly },
    {
      name: 'lateCancellation',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { ...readOnly, position: 'sidebar', description: 'Cancelled (or moved) with less notice than the site setting asks.' },
    },
    {
      name: 'studentMark',
      type: 'select',
      options: options(meetingMarks),
      admin: { ...readOnly, position: 'sidebar', description: 'What the student said happened.' },
    },
    {
      name: 'mentorMark',
      type: 'select',
      options: options(meetingMarks),
      admin: { ...readOnly, position: 'sidebar', description: 'What the mentor said happened.' },
    },
  ],
}
