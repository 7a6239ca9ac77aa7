import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf, isSameId } from '@/access'

/**
 * An agreement stays with the programme it was written for: its members accepted it there, and
 * their acceptances name both. Moving it would hand another programme's members a text they
 * never saw as already accepted. Write a new agreement in the other programme instead.
 */
export const keepAgreementInItsProgram: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data || data.program === undefined || !originalDoc) return data
  if (idOf(data.program) != null && isSameId(data.program, originalDoc.program)) return data
  throw new ValidationError({
    collection: 'program-agreements',
    errors: [
      {
        path: 'program',
        message:
          'An agreement stays in the programme it was written for, since its members accepted it there. Create a new agreement in the other programme instead.',
      },
    ],
    req,
  })
}
