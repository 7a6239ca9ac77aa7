import type { Payload } from 'payload'

import { closeRequestsOfMentor } from '@/mentorship/requests'

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

/** Paused now: paused with no end date, or with an end date still to come. */
export function isPaused(member: Pick<User, 'involvementPaused' | 'pausedUntil'>, now: Date = new Date()): boolean {
  if (!member.involvementPaused) return false
  return !member.pausedUntil || new Date(member.pausedUntil) > now
}

export type PauseResult = { ok: true } | { ok: false; error: string }

/**
 * Pauses a Mentor's or Connector's involvement, optionally until a date (YYYY-MM-DD, the end
 * of that day in UTC), or resumes it.
 */
export async function setPaused(
  payload: Payload,
  member: Pick<User, 'id' | 'roles'>,
  paused: boolean,
  until?: string,
  now: Date = new Date(),
): Promise<PauseResult> {
  if (!mentorKindOf(member)) return { ok: false, error: 'Only Mentors and Connectors can pause their involvement.' }
  let pausedUntil: string | null = null
  if (paused && until) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(`${until}T23:59:59Z`))) {
      return { ok: false, error: 'Enter the end date as a date, for example 2027-01-31, or leave it empty.' }
    }
    pausedUntil = new Date(`${until}T23:59:59.999Z`).toISOString()
    if (new Date(pausedUntil) <= now) return { ok: false, error: 'Choose an end date in the future, or leave it empty.' }
  }
  await payload.update({
    collection: 'users',
    id: member.id,
    data: { involvementPaused: paused, pausedUntil },
    overrideAccess: false,
    user: member,
  })
  // Students waiting on a paused mentor are told at once rather than left to expire.
  if (paused) await closeRequestsOfMentor(payload, member.id, 'paused')
  return { ok: true }
}

/**
 * Leaves the mentors group: the member stops being a Mentor or Connector (and is a Career
 * Candidate if no other role remains), and their directory profile is removed with it.
 * Their mentees and the students waiting on them are told first, and those requests close.
 */
export async function leaveMentorsGroup(payload: Payload, member: Pick<User, 'id' | 'roles'>): Promise<User> {
  if (!mentorKindOf(member)) throw new Error('Only Mentors and Connectors can leave the mentors group.')
  await closeRequestsOfMentor(payload, member.id, 'left')
  const remaining = member.roles.filter((role) => role !== 'mentor' && role !== 'connector')
  return payload.update({
    collection: 'users',
    id: member.id,
    data: { roles: remaining.length > 0 ? remaining : ['career-candidate'], involvementPaused: false, pausedUntil: null },
    overrideAccess: true,
  })
}
