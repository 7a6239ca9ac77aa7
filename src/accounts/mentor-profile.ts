import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { slugify } from '../../collections/fields/slug'
import type { User } from '../../payload-types'
import { mentorKindOf } from './involvement'

/**
 * Keeps each Mentor's or Connector's directory profile in step with their account: created when
 * they become one; name, pronouns and pause follow the account; removed when they stop being
 * one or delete the account.
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
  const fromAccount = {
    kind,
    displayName: doc.chosenName,
    pronouns: doc.pronouns ?? null,
    paused: Boolean(doc.involvementPaused),
    pausedUntil: doc.involvementPaused ? (doc.pausedUntil ?? null) : null,
  }
  if (!profile) {
    await req.payload.create({
      collection: 'mentor-profiles',
      data: {
        ...fromAccount,
        user: doc.id,
        slug: `${slugify(doc.chosenName) || 'member'}-${randomBytes(3).toString('hex')}`,
        lastActiveAt: new Date().toISOString(),
        availability: 'open',
        capacity: 3,
        pronounsVisibility: 'members',
        identitiesVisibility: 'hidden',
      },
      overrideAccess: true,
      req,
    })
  } else if (Object.entries(fromAccount).some(([key, value]) => (profile as unknown as Record<string, unknown>)[key] !== value)) {
    await req.payload.update({ collection: 'mentor-profiles', id: profile.id, data: fromAccount, overrideAccess: true, req })
  }
  return doc
}

/** Runs before the account goes, while the profile's required link to it still holds. */
export const removeMentorProfile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'mentor-profiles', where: { user: { equals: id } }, overrideAccess: true, req })
}
