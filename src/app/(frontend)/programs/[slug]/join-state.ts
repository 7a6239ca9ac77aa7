import { hasRole } from '@/access'
import { joiningWindow, roleFits, rulesOf, sideAudience, type ProgramRules } from '@/programs/eligibility'
import { currentMembershipStatuses, type ProgramSide } from '@/programs/options'
import type { OwnMembership } from '@/queries/programs'

import type { User } from '../../../../../payload-types'

/** What one side's join panel shows this viewer: the button, or why not, in their situation. */
export type JoinState =
  { kind: 'can-join'; invitationOnly: boolean } | { kind: 'sign-in' } | { kind: 'member'; membership: OwnMembership } | { kind: 'cannot'; message: string }

/** The mirror of joinProgram's checks (src/programs/join.ts), for the page: the domain function still decides. */
export function joinStateFor(program: ProgramRules, side: ProgramSide, viewer: User | null, memberships: OwnMembership[], now = new Date()): JoinState {
  const own = memberships.filter((membership) => membership.side === side)
  const current = own.find((membership) => currentMembershipStatuses.includes(membership.status))
  if (current) return { kind: 'member', membership: current }
  if (own[0]?.status === 'removed') return { kind: 'member', membership: own[0] }
  const joining = joiningWindow(program, now)
  if (!joining.open) return { kind: 'cannot', message: joining.message }
  if (!viewer) return { kind: 'sign-in' }
  if (!roleFits(program, side, viewer)) {
    const admin = hasRole(viewer, 'admin') ? ' Admins look after programmes in the staff area instead.' : ''
    return {
      kind: 'cannot',
      message: `${sideAudience(program, side)} join as ${side === 'mentor' ? 'mentors' : 'mentees'}; your account has another role.${admin}`,
    }
  }
  if (!viewer._verified) return { kind: 'cannot', message: 'Please confirm your email address first, with the link we sent when you joined the site.' }
  return { kind: 'can-join', invitationOnly: Boolean(rulesOf(program, side).invitationOnly) }
}
