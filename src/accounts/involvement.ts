import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export type MentorKind = 'mentor' | 'connector'

/** Mentor or Connector, for members who are one of them. */
export const mentorKindOf = (member: Pick<User, 'roles'>): MentorKind | null =>
  member.roles.includes('mentor') ? 'mentor' : member.roles.includes('connector') ? 'connector' : null

/**
 * Switches a Mentor to Connector or back. Roles are otherwise admin-only, so this is the one
 * place a member changes their own role, and only between these two.
 */
export async function switchMentorKind(payload: Payload, member: Pick<User, 'id' | 'roles'>, to: MentorKind): Promise<User> {
  const from = mentorKindOf(member)
  if (!from) throw new Error('Only Mentors and Connectors can switch between the two.')
  const roles = member.roles.filter((role) => role !== from)
  return payload.update({
    collection: 'users',
    id: member.id,
    data: { roles: [...new Set([...roles, to])] },
    overrideAccess: true,
  })
}
