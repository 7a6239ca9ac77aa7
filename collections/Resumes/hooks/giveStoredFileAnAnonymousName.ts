import { randomUUID } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Stored names are random: "Sam_Rivera_resume.pdf" would tell every company (and the file's
 * address) who the student is before they open it.
 */
export const giveStoredFileAnAnonymousName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) req.file.name = `${randomUUID()}.pdf`
  return args
}
