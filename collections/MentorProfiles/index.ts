import type { CollectionConfig, FieldAccess, SelectField } from 'payload'

import { hasRole, identityVisibilities, identityVisibleBy, isAdmin, isAdminField, isSameId, isSelfOrAdminBy } from '@/access'
import { publicExceptBlocked } from '@/access/blocks'
import { identityVisibilityLabels } from '@/access/visibility'
import { isTimeZone, languageOptions } from '@/lib/languages'
import { directoryProfileLimits } from '@/schemas/directory-profile'

import { buildSearchText } from './hooks/buildSearchText'
import { removeProfilePhotos } from './hooks/removeProfilePhotos'
import { revalidateDeletedMentor, revalidateMentorPages } from './hooks/revalidateMentorPages'

const isOwnerOrAdminField: FieldAccess = ({ req: { user }, doc }) => hasRole(user, 'admin') || isSameId(user?.id, doc?.user)

const visibilityField = (name: string, defaultValue: (typeof identityVisibilities)[number]): SelectField => ({
  name,
  type: 'select',
  required: true,
  defaultValue,
  options: identityVisibilities.map((value) => ({ value, label: identityVisibilityLabels[value] })),
  access: { read: isOwnerOrAdminField },
  admin: { position: 'sidebar' },
})

/** Kept in step by the platform (account, requests), never typed on the profile. */
const platformOnly = { create: isAdminField, update: isAdminField }

/**
 * The directory profile of a Mentor or Connector: one per member, created and kept in step
 * with their account (src/accounts/mentor-profile.ts) and edited on /account/profile. Public
 * by design, except the identity fields, which follow the visibility their owner picks, and
 * the account behind the profile, which stays private.
 */
export const MentorProfiles: CollectionConfig = {
  slug: 'mentor-profiles',
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'kind', 'organization', 'availability', 'lastActiveAt'],
    group: 'Directory',
  },
  access: {
    read: publicExceptBlocked,
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
      access: platformOnly,
      admin: { description: 'Follows the member’s account: they switch on their account page.' },
    },
    {
      name: 'displayName',
      type: 'text',
      required: true,
      maxLength: 80,
      index: true,
      access: platformOnly,
      admin: { description: 'The member’s chosen name, kept in step with their account.' },
    },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, access: platformOnly, admin: { position: 'sidebar' } },
    { name: 'headline', type: 'text', maxLength: directoryProfileLimits.headline, admin: { description: 'One line: what you do and how you can help.' } },
    { name: 'bio', type: 'richText' },
    { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true, maxRows: directoryProfileLimits.industries, index: true },
    { name: 'skills', label: 'Skills offered', type: 'relationship', relationTo: 'skills', hasMany: true, maxRows: directoryProfileLimits.skills, index: true },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: 'Set when the member accepts an organisation’s invitation or it approves their request.' },
    },
    { name: 'location', type: 'text', maxLength: directoryProfileLimits.location },
    {
      name: 'timeZone',
      type: 'text',
      maxLength: 64,
      validate: (value: unknown) => !value || isTimeZone(String(value)) || 'Choose a time zone such as America/Chicago.',
    },
    { name: 'languages', type: 'select', hasMany: true, options: languageOptions, index: true },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'profile-photos',
      // Set from /account/profile (src/directory/photos.ts), only ever to this profile's own photo.
      access: platformOnly,
      filterOptions: ({ id }) => (id == null ? false : { profile: { equals: id } }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'pronouns',
      type: 'text',
      maxLength: 40,
      access: { read: identityVisibleBy('pronounsVisibility'), ...platformOnly },
      admin: { description: 'From the member’s account.' },
    },
    visibilityField('pronounsVisibility', 'members'),
    {
      name: 'identities',
      label: 'How I describe myself',
      type: 'text',
      maxLength: directoryProfileLimits.identities,
      access: { read: identityVisibleBy('identitiesVisibility') },
      admin: { description: 'Optional, in the member’s own words.' },
    },
    visibilityField('identitiesVisibility', 'hidden'),
    {
      name: 'availability',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { label: 'Open to new students', value: 'open' },
        { label: 'Full for now', value: 'full' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'capacity',
      label: 'Most active mentees',
      type: 'number',
      required: true,
      defaultValue: 3,
      min: directoryProfileLimits.capacity.min,
      max: directoryProfileLimits.capacity.max,
      admin: { position: 'sidebar' },
    },
    {
      name: 'schedule',
      label: 'Booking hours',
      type: 'json',
      // Read by the platform to work out free slots (src/meetings/book.ts); written only through
      // /account/profile/availability, which checks it (src/schemas/availability.ts).
      access: { read: isOwnerOrAdminField, ...platformOnly },
      admin: { description: 'When students in a mentorship may book this member, in their own time zone. Edited by the member on their profile page.' },
    },
    {
      name: 'meetingPlace',
      type: 'json',
      // The mentor's own room link or place: shown only to the two people in a meeting.
      access: { read: isOwnerOrAdminField, ...platformOnly },
      admin: { description: 'How meetings happen by default: a video link, a phone call or a place.' },
    },
    { name: 'activeMentees', type: 'number', defaultValue: 0, min: 0, access: platformOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'paused', type: 'checkbox', defaultValue: false, index: true, access: platformOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'pausedUntil', type: 'date', index: true, access: platformOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'lastActiveAt', type: 'date', index: true, access: platformOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'searchText', type: 'textarea', access: { read: isAdminField, ...platformOnly }, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [buildSearchText],
    afterChange: [revalidateMentorPages],
    afterDelete: [revalidateDeletedMentor, removeProfilePhotos],
  },
}
