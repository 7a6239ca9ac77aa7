import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

import type { Policy } from '../../../payload-types'

const policyPaths = (slug: string | null | undefined) => (slug ? ['/policies', `/policies/${slug}`, `/policies/${slug}/versions`] : ['/policies'])

/** Publishing (or unpublishing) refreshes the cached policy pages and the home page. */
export const revalidatePolicyPages: CollectionAfterChangeHook<Policy> = ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  const publicChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (!publicChange) return doc
  // The new version's own page may have been cached as "not found" before it existed.
  const newVersion = doc.versionNumber ? [`/policies/${doc.slug}/versions/${doc.versionNumber}`] : []
  revalidatePaths(req.payload, ['/', ...policyPaths(doc.slug), ...policyPaths(previousDoc?.slug), ...newVersion])
  return doc
}

export const revalidateDeletedPolicyPages: CollectionAfterDeleteHook<Policy> = ({ doc, req, context }) => {
  if (!context.disableRevalidate) revalidatePaths(req.payload, ['/', ...policyPaths(doc?.slug)])
  return doc
}
