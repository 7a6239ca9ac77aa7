import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/access'

import type { IndexAssessment } from '../../../payload-types'

/**
 * A submitted assessment becomes the centre's latest rating, and an admin's later correction
 * follows it. It is stored on the organisation, where field access shows it publicly only if
 * the centre chose to show its badge.
 */
export const publishIndexBadge: CollectionAfterChangeHook<IndexAssessment> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'submitted' || doc.overall == null || doc.year == null) return doc
  if (previousDoc?.status === 'submitted' && previousDoc.overall === doc.overall) return doc
  const organization = await req.payload.findByID({
    collection: 'organizations',
    id: idOf(doc.organization)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if ((organization.indexBadge?.year ?? 0) > doc.year) return doc
  await req.payload.update({
    collection: 'organizations',
    id: organization.id,
    data: { indexBadge: { year: doc.year, rating: doc.overall } },
    overrideAccess: true,
    req,
  })
  return doc
}
