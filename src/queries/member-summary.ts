import type { Payload } from 'payload'

import { hasRole } from '@/access'
import { mentorKindOf } from '@/accounts/involvement'
import { staffRoles, type Role } from '@/lib/roles'
import { meetingsTodayCount } from '@/meetings/book'
import { countUnreadMessages } from '@/mentorship/read-state'
import { visiblePhotos } from '@/queries/photos'

import type { User } from '../../payload-types'

/** Where a member goes after signing in: their home dashboard. */
export const memberHomePath = '/dashboard'

export type MemberLink = { label: string; href: string }

/**
 * What the site's header shows a signed-in member, and nothing more: no email, no identity
 * fields, no ids. The header fetches it (GET /api/member-summary) so the shared layout stays static.
 */
export type MemberSummary = {
  chosenName: string
  /** Their directory profile's photo, small size, when they have one. */
  avatarURL: string | null
  roles: Role[]
  /** Requests waiting for this member's answer (as a Mentor or Connector). */
  waitingRequests: number
  /** Messages addressed to them that they have not opened yet. */
  unreadMessages: number
  /** Booked meetings today on their clock that have not ended yet. */
  meetingsToday: number
  links: MemberLink[]
}

/** The header menu's links for these roles, in the order the menu shows them. */
export function memberLinks(roles: readonly string[]): MemberLink[] {
  const member = { roles: [...roles] }
  const links: MemberLink[] = [{ label: 'Dashboard', href: memberHomePath }]
  const candidate = hasRole(member, 'career-candidate')
  const kind = mentorKindOf(member as Pick<User, 'roles'>)
  if (candidate || kind) links.push({ label: 'Mentorship requests', href: '/account/requests' })
  if (candidate || kind) links.push({ label: 'Meetings', href: '/account/meetings' })
  if (candidate) links.push({ label: 'Your résumé', href: '/account/resume' })
  if (kind) links.push({ label: 'Directory profile', href: '/account/profile' })
  if (candidate || kind) links.push({ label: 'Your programmes', href: '/account/programs' })
  links.push({ label: 'Account settings', href: '/account' })
  if (staffRoles.some((role) => hasRole(member, role))) {
    links.push({ label: hasRole(member, 'admin') ? 'Admin panel' : 'Organisation admin', href: '/admin' })
  }
  return links
}

/** The summary for the signed-in member, read with their own access. */
export async function getMemberSummary(payload: Payload, member: User): Promise<MemberSummary> {
  const kind = mentorKindOf(member)
  const [waiting, unreadMessages, profile, meetingsToday] = await Promise.all([
    kind
      ? payload.count({
          collection: 'mentorship-requests',
          where: { mentor: { equals: member.id }, status: { equals: 'pending' } },
          overrideAccess: false,
          user: member,
        })
      : { totalDocs: 0 },
    countUnreadMessages(payload, member),
    kind
      ? payload.find({
          collection: 'mentor-profiles',
          where: { user: { equals: member.id } },
          select: { photo: true },
          depth: 0,
          limit: 1,
          // Found by the account behind it, which only the platform may query (the field is private).
          overrideAccess: true,
        })
      : { docs: [] },
    meetingsTodayCount(payload, member),
  ])
  const photoId = profile.docs[0]?.photo
  const photo = photoId != null ? (await visiblePhotos(payload, [typeof photoId === 'object' ? photoId.id : photoId], member)).values().next().value : null
  return {
    chosenName: member.chosenName,
    avatarURL: photo?.small ?? null,
    roles: member.roles as Role[],
    waitingRequests: waiting.totalDocs,
    unreadMessages,
    meetingsToday,
    links: memberLinks(member.roles),
  }
}
