import type { CollectionAfterChangeHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

import type { RoleGuide } from '../../../payload-types'

/** A published guide change refreshes the guide pages and the home page that links them. */
export const revalidateGuidePages: CollectionAfterChangeHook<RoleGuide> = ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  revalidatePaths(req.payload, ['/', '/guides', `/guides/${doc.role}`, `/guides/${previousDoc?.role ?? doc.role}`])
  return doc
}
