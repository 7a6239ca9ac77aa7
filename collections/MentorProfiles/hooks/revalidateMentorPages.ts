import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { idOf } from '@/access'
import { revalidatePaths } from '@/lib/revalidate'

import type { MentorProfile } from '../../../payload-types'

/** Organisation pages list their Mentors and Connectors: refresh the ones a profile joins or leaves. */
async function organizationPaths(payload: Payload, ids: (number | string | null)[]): Promise<string[]> {
  const wanted = [...new Set(ids.filter((id): id is number | string => id != null))]
  if (wanted.length === 0) return []
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { id: { in: wanted } },
    select: { slug: true },
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs.map((organization) => `/organizations/${organization.slug}`)
}

export const revalidateMentorPages: CollectionAfterChangeHook<MentorProfile> = async ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, await organizationPaths(req.payload, [idOf(doc.organization), idOf(previousDoc?.organization)]))
  return doc
}

export const revalidateDeletedMentor: CollectionAfterDeleteHook<MentorProfile> = async ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  revalidatePaths(req.payload, await organizationPaths(req.payload, [idOf(doc.organization)]))
  return doc
}
