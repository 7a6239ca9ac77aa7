import type { CollectionBeforeChangeHook } from 'payload'

import { UserFacingError } from '@/lib/errors'

import type { Affiliation } from '../../../payload-types'

/**
 * Who may move an affiliation where. Staff answer requests (accept or decline) and withdraw
 * their invitations; the invited person's answer comes through src/organizations/affiliations.ts,
 * which marks itself in `context`. An answered record stays answered.
 */
export const checkDecision: CollectionBeforeChangeHook<Affiliation> = ({ data, originalDoc, operation, context }) => {
  if (operation !== 'update' || !originalDoc || !data.status || data.status === originalDoc.status) return data
  if (originalDoc.status !== 'pending') {
    throw new UserFacingError(`This ${originalDoc.origin === 'invite' ? 'invitation' : 'request'} was already ${originalDoc.status}.`)
  }
  const byInvitee = context.answeredByInvitee === true
  const allowed = originalDoc.origin === 'request' ? ['accepted', 'declined'] : byInvitee ? ['accepted', 'declined'] : ['withdrawn']
  if (!allowed.includes(data.status)) {
    throw new UserFacingError(
      originalDoc.origin === 'request' ? 'Accept or decline the request.' : 'Only the invited person can accept or decline an invitation; you can withdraw it.',
    )
  }
  return { ...data, decidedAt: new Date().toISOString() }
}
