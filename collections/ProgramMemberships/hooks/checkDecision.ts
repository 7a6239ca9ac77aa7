import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { labelOf, membershipStatuses, type MembershipStatus } from '@/programs/options'

import type { ProgramMembership } from '../../../payload-types'

import { decidedThroughAccess } from './markStaffDecision'

/** What staff may do from each status: approve or decline someone waiting, remove a member. */
const staffMoves: Partial<Record<MembershipStatus, MembershipStatus[]>> = {
  'awaiting-approval': ['active', 'declined'],
  active: ['removed'],
}

/** Why a move is refused, in the words staff see beside the status field. */
function refusal(from: MembershipStatus, to: MembershipStatus): string {
  if (from === 'confirming-email') return 'This person has not confirmed their institution address yet; you can decide once they have.'
  if (from === 'awaiting-approval') return 'Approve (Member) or decline this person.'
  if (from === 'active') return 'A member can be removed, with a reason; they leave the programme themselves otherwise.'
  if (from === 'left') return 'This person left the programme; they can join again themselves.'
  return `This membership was ${labelOf(membershipStatuses, from).toLowerCase()}; it cannot be changed to “${labelOf(membershipStatuses, to)}”. The person can ask to join again.`
}

const fail = (path: string, message: string) => new ValidationError({ collection: 'program-memberships', errors: [{ path, message }] })

/**
 * Staff decisions on a membership: approve or decline someone waiting, remove a member. A
 * decline or removal needs a reason (the member reads it); each decision is stamped with when
 * and by whom. Writes by the platform (joining, leaving) are not staff decisions and pass.
 */
export const checkDecision: CollectionBeforeChangeHook<ProgramMembership> = ({ data, originalDoc, operation, context, req }) => {
  if (operation !== 'update' || !originalDoc || context[decidedThroughAccess] !== true) return data
  const from = originalDoc.status
  const to = data.status ?? from
  if (to === from) return data
  if (!staffMoves[from]?.includes(to)) throw fail('status', refusal(from, to))
  const reason = typeof data.statusReason === 'string' ? data.statusReason.trim() : ''
  if ((to === 'declined' || to === 'removed') && !reason) {
    throw fail(
      'statusReason',
      to === 'declined' ? 'Write the reason for declining: the person is told it.' : 'Write the reason for removing this member: they are told it.',
    )
  }
  const now = new Date().toISOString()
  return {
    ...data,
    statusReason: reason || null,
    decidedAt: now,
    decidedBy: req.user?.id ?? null,
    ...(to === 'active' ? { joinedAt: now } : {}),
    ...(to === 'removed' ? { leftAt: now } : {}),
  }
}
