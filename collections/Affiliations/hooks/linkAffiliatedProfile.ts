import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/access'

import type { Affiliation } from '../../../payload-types'

/** An accepted invitation or approved request lists the member's directory profile with the organisation. */
export const linkAffiliatedProfile: CollectionAfterChangeHook<Affiliation> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted' || doc.member == null) return doc
  await req.payload.update({
    collection: 'mentor-profiles',
    where: { user: { equals: idOf(doc.member) } },
    data: { organization: idOf(doc.organization) as number },
    overrideAccess: true,
    req,
  })
  return doc
}
