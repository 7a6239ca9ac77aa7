import type { CollectionAfterDeleteHook, Where } from 'payload'

import { idOf } from '@/access'

import type { MentorProfile } from '../../../payload-types'

/** A profile that goes (the member leaves the directory or deletes their account) takes its photo and every size of it along. */
export const removeProfilePhotos: CollectionAfterDeleteHook<MentorProfile> = async ({ id, doc, req }) => {
  // By owner too: on SQLite the photo's link to the deleted profile is already cleared.
  const owner = idOf(doc.user)
  const where: Where = owner == null ? { profile: { equals: id } } : { or: [{ profile: { equals: id } }, { owner: { equals: owner } }] }
  await req.payload.delete({ collection: 'profile-photos', where, overrideAccess: true, req })
}
