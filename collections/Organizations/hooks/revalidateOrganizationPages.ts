import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

import type { Organization } from '../../../payload-types'

export const revalidateOrganizationPages: CollectionAfterChangeHook<Organization> = ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, ['/organizations', `/organizations/${doc.slug}`, `/organizations/${previousDoc?.slug ?? doc.slug}`])
  return doc
}

export const revalidateDeletedOrganization: CollectionAfterDeleteHook<Organization> = ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, ['/organizations', `/organizations/${doc.slug}`])
  return doc
}
