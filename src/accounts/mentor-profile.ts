import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { slugify } from '../../collections/fields/slug'
import type { User } from '../../payload-types'
import { mentorKindOf } from './involvement'

/**
 * Keeps each Mentor's or Connector's directory profile in step with their account: created when
 * they become one, renamed with them, removed when they stop being one or delete the account.
 */
export const syncMentorProfile: CollectionAfterChangeHook<User> = async ({ doc, req }) => {
  const kind = mentorKindOf(doc)
  const { docs } = await req.payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: doc.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const profile = docs[0]
  if (!kind) {
    if (profile) await req.payload.delete({ collection: 'mentor-profiles', id: profile.id, overrideAccess: true, req })
    return doc
  }
  if (!profile) {
    await req.payload.create({
      collection: 'mentor-profiles',
      data: { user: doc.id, kind, displayName: doc.chosenName, slug: `${slugify(doc.chosenName) || 'member'}-${randomBytes(3).toString('hex')}` },
      overrideAccess: true,
      req,
    })
  } else if (profile.kind !== kind || profile.displayName !== doc.chosenName) {
    await req.payload.update({
      collection: 'mentor-profiles',
      id: profile.id,
      data: { kind, displayName: doc.chosenName },
      overrideAccess: true,
      req,
    })
  }
  return doc
}

/** Runs before the account goes, while the profile's required link to it still holds. */
export const removeMentorProfile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'mentor-profiles', where: { user: { equals: id } }, overrideAccess: true, req })
}
