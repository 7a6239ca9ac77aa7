import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

import type { Organization } from '../../../payload-types'

/** The cached lists that show organisations' names and postings: a rename or a lapsed plan must show at once. */
const listsNamingOrganizations = ['/organizations', '/events', '/jobs', '/resources']

export const revalidateOrganizationPages: CollectionAfterChangeHook<Organization> = ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, [...listsNamingOrganizations, `/organizations/${doc.slug}`, `/organizations/${previousDoc?.slug ?? doc.slug}`])
  return doc
}

export const revalidateDeletedOrganization: CollectionAfterDeleteHook<Organization> = ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, [...listsNamingOrganizations, `/organizations/${doc.slug}`])
  return doc
}
