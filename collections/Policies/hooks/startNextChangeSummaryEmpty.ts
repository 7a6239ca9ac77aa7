import type { FieldHook } from 'payload'

/**
 * The working copy of a published policy (what /admin opens: a draft read) starts the next
 * version with an empty change summary, so nobody republishes the last version's words by
 * accident. A newer draft keeps the summary its editor wrote; published versions and the public
 * pages keep theirs.
 */
export const startNextChangeSummaryEmpty: FieldHook = ({ draft, operation, siblingData, value }) =>
  operation === 'read' && draft && siblingData?._status === 'published' ? '' : value
