import type { CollectionAfterChangeHook } from 'payload'

import { queueClosingFeedback, startMentorshipShape } from '@/mentorship/shape'

import type { MentorshipRequest } from '../../../payload-types'

/**
 * However a request becomes accepted (the mentor's answer, a Connector's booked session, a
 * programme's matching round), its agreement and first check-in start with it; however an
 * accepted one ends (either side, a programme, leaving, removal), both are asked for feedback.
 * In the same transaction as the change.
 */
export const followMentorshipShape: CollectionAfterChangeHook<MentorshipRequest> = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'update' ? previousDoc?.status : undefined
  if (doc.status === before) return doc
  if (doc.status === 'accepted') await startMentorshipShape(req.payload, doc, new Date(), req)
  else if (doc.status === 'ended' && before === 'accepted') await queueClosingFeedback(req.payload, doc, new Date(), req)
  return doc
}
