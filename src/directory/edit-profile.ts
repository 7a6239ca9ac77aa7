import type { Payload } from 'payload'

import { isRefusal } from '@/lib/errors'
import { plainToRichText } from '@/lib/plain-text'
import { directoryProfileLimits, directoryProfileSchema } from '@/schemas/directory-profile'
import { fieldErrors } from '@/schemas/fields'

import type { MentorProfile, User } from '../../payload-types'

export type ProfileInput = {
  headline: string
  bio: string
  industries: string[]
  skills: string[]
  location: string
  timeZone: string
  languages: string[]
  availability: string
  capacity: string
  pronounsVisibility: string
  identities: string
  identitiesVisibility: string
}

export type ProfileErrors = Partial<Record<keyof ProfileInput, string>>
export type ProfileSaveResult = { ok: true } | { ok: false; errors: ProfileErrors }

async function idsForSlugs(payload: Payload, collection: 'industries' | 'skills', slugs: string[]) {
  if (slugs.length === 0) return { ids: [] as number[], unknown: false }
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, select: { slug: true }, depth: 0, pagination: false })
  return { ids: docs.map((doc) => doc.id), unknown: docs.length !== new Set(slugs).size }
}

/**
 * Saves what a Mentor or Connector edits on /account/profile, checked field by field with
 * messages they can act on, through the same access rules as the API (their own profile only).
 */
export async function saveDirectoryProfile(
  payload: Payload,
  member: User,
  profile: Pick<MentorProfile, 'id'>,
  input: ProfileInput,
): Promise<ProfileSaveResult> {
  const parsed = directoryProfileSchema.safeParse(input)
  const errors: ProfileErrors = parsed.success ? {} : fieldErrors<keyof ProfileInput>(parsed.error)
  const [industries, skills] = await Promise.all([idsForSlugs(payload, 'industries', input.industries), idsForSlugs(payload, 'skills', input.skills)])
  if (industries.unknown) errors.industries = 'Choose industries from the list.'
  else if (industries.ids.length > directoryProfileLimits.industries) errors.industries = 'Choose up to 5 industries.'
  if (skills.unknown) errors.skills = 'Choose skills from the list.'
  else if (skills.ids.length > directoryProfileLimits.skills) errors.skills = 'Choose up to 10 skills.'
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  const { headline, bio, location, timeZone, languages, availability, capacity, pronounsVisibility, identities, identitiesVisibility } = parsed.data

  try {
    await payload.update({
      collection: 'mentor-profiles',
      id: profile.id,
      data: {
        headline: headline || null,
        bio: bio ? plainToRichText(bio) : null,
        industries: industries.ids,
        skills: skills.ids,
        location: location || null,
        timeZone: timeZone || null,
        languages,
        availability,
        capacity,
        pronounsVisibility,
        identities: identities || null,
        identitiesVisibility,
      },
      overrideAccess: false,
      user: member,
    })
  } catch (error) {
    if (isRefusal(error)) return { ok: false, errors: { headline: error.message } }
    throw error
  }
  await touchLastActive(payload, member)
  return { ok: true }
}

/** "Last active" on the directory: set when the member signs in or edits their profile. */
export async function touchLastActive(payload: Payload, member: Pick<User, 'id'>): Promise<void> {
  await payload.update({
    collection: 'mentor-profiles',
    where: { user: { equals: member.id } },
    data: { lastActiveAt: new Date().toISOString() },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
