import type { CollectionAfterChangeHook } from 'payload'

import { windDownMembership } from '@/programs/leaving'

import type { ProgramMembership } from '../../../payload-types'

/**
 * A member removed by staff leaves the programme's requests as one who leaves does: their
 * mentees (or mentors) are told first and the requests close kindly, in the same transaction.
 * The reason staff gave stays the removed member's own and is passed to no one.
 */
export const windDownRemoval: CollectionAfterChangeHook<ProgramMembership> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'active' || doc.status !== 'removed') return doc
  await windDownMembership(req.payload, doc, { by: 'staff', req })
  return doc
}
