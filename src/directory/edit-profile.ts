import type { Payload } from 'payload'

import { identityVisibilities, type IdentityVisibility } from '@/access'
import { isRefusal } from '@/lib/errors'
import { isLanguageCode, isTimeZone, type LanguageCode } from '@/lib/languages'
import { plainToRichText } from '@/lib/plain-text'

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

const isVisibility = (value: string): value is IdentityVisibility => (identityVisibilities as readonly string[]).includes(value)

async function idsForSlugs(payload: Payload, collection: 'industries' | 'skills', slugs: string[]) {
  if (slugs.length === 0) return { ids: [] as number[], unknown: false }
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, select: { slug: true }, depth: 0, pagination: false })
  return { ids: docs.map((doc) => doc.id), unknown: docs.length !== new Set(slugs).size }
}

/**
 * Saves what a Mentor or Connector edits on /account/profile, checked field by field with
 * messages they can act on, through the same access rules as the API (their own profile only).
 */
export async function saveDirectoryProfile(payload: Payload, member: User, profile: Pick<MentorProfile, 'id'>, input: ProfileInput): Promise<ProfileSaveResult> {
  const errors: ProfileErrors = {}
  const headline = input.headline.trim()
  const bio = input.bio.trim()
  const location = input.location.trim()
  const identities = input.identities.trim()
  const capacity = Number(input.capacity)
  const languages = [...new Set(input.languages)]

  if (headline.length > 140) errors.headline = `Keep the headline to 140 characters (it has ${headline.length}).`
  if (bio.length > 3000) errors.bio = `Keep the introduction to 3,000 characters (it has ${bio.length}).`
  if (location.length > 120) errors.location = 'Use 120 characters or fewer.'
  if (input.timeZone && !isTimeZone(input.timeZone)) errors.timeZone = 'Choose a time zone from the list.'
  if (languages.some((code) => !isLanguageCode(code))) errors.languages = 'Choose languages from the list.'
  if (input.availability !== 'open' && input.availability !== 'full') errors.availability = 'Say whether you are open to new students.'
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 20) errors.capacity = 'Enter a whole number from 1 to 20.'
  if (!isVisibility(input.pronounsVisibility)) errors.pronounsVisibility = 'Choose who may see your pronouns.'
  if (identities.length > 200) errors.identities = 'Use 200 characters or fewer.'
  if (!isVisibility(input.identitiesVisibility)) errors.identitiesVisibility = 'Choose who may see how you describe yourself.'

  const [industries, skills] = await Promise.all([idsForSlugs(payload, 'industries', input.industries), idsForSlugs(payload, 'skills', input.skills)])
  if (industries.unknown) errors.industries = 'Choose industries from the list.'
  else if (industries.ids.length > 5) errors.industries = 'Choose up to 5 industries.'
  if (skills.unknown) errors.skills = 'Choose skills from the list.'
  else if (skills.ids.length > 10) errors.skills = 'Choose up to 10 skills.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }

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
        timeZone: input.timeZone || null,
        languages: languages as LanguageCode[],
        availability: input.availability as 'open' | 'full',
        capacity,
        pronounsVisibility: input.pronounsVisibility as IdentityVisibility,
        identities: identities || null,
        identitiesVisibility: input.identitiesVisibility as IdentityVisibility,
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
