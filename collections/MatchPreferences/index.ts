import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isSameId, type RelationValue } from '@/access'
import { experienceMatching, meetingFrequencies, regions, sharedExperiences } from '@/matching/options'
import { languageOptions } from '@/lib/languages'
import { helpTopics } from '@/mentorship/topics'
import { asOptions } from '@/lib/select-options'
import { matchPreferenceLimits } from '@/schemas/match-preferences'

/** The member's own record, and nobody else's: not another member's, not programme staff's, not an admin's. */
const ownOnly: Access = ({ req: { user } }) => (user ? { user: { equals: user.id } } : false)
const ownField: FieldAccess = ({ req: { user }, doc }) => Boolean(user?.id != null && doc && isSameId(user.id, doc.user as RelationValue))

const privately = { read: ownField, create: () => false, update: () => false }

/**
 * What a member told the platform for matching, one record each, written only by the platform
 * (src/matching/preferences.ts) from /account and /account/profile. A Career Candidate's record
 * says what they look for, shared-experience wishes included; a Mentor's or Connector's names the
 * experiences they share and whether they may be matched on them (`matchOn`). Both are read only
 * by their owner and by the ranking (src/matching), never shown to anyone else, admins included:
 * a wish for a trans mentor says something about the student.
 */
export const MatchPreferences: CollectionConfig = {
  slug: 'match-preferences',
  admin: { hidden: true },
  access: { read: ownOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, unique: true, index: true, access: privately },
    { name: 'helpTopics', type: 'select', hasMany: true, options: asOptions(helpTopics), access: privately },
    { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true, maxRows: matchPreferenceLimits.industries, access: privately },
    { name: 'languages', type: 'select', hasMany: true, options: languageOptions, access: privately },
    { name: 'timeZone', type: 'text', maxLength: 64, access: privately },
    { name: 'region', type: 'select', options: regions.map(({ value, label }) => ({ value, label })), access: privately },
    { name: 'meetingFrequency', type: 'select', options: asOptions(meetingFrequencies), access: privately },
    {
      name: 'sharedExperience',
      type: 'select',
      hasMany: true,
      options: sharedExperiences.map(({ value, label }) => ({ value, label })),
      access: privately,
    },
    // A Mentor's or Connector's choice; empty for a student.
    { name: 'matchOn', type: 'select', options: asOptions(experienceMatching), access: privately },
  ],
}
