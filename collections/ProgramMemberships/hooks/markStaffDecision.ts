import type { CollectionBeforeOperationHook } from 'payload'

/** Set on `context` while an update runs with the caller's access (staff in /admin, REST, GraphQL). */
export const decidedThroughAccess = 'programMembershipDecidedThroughAccess'

/**
 * Tells the decision rules below whether this update is a person deciding (staff, with their
 * access) or the platform itself (joining and leaving in src/programs, with overrideAccess):
 * only people are held to the approve, decline and remove transitions.
 */
export const markStaffDecision: CollectionBeforeOperationHook = ({ context, operation, overrideAccess }) => {
  if (operation === 'update') context[decidedThroughAccess] = overrideAccess !== true
}
