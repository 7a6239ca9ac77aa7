import type { Payload } from 'payload'

import { assertPoliciesAccepted } from '@/accounts/policy-gate'
import { isRefusal, validationIssues } from '@/lib/errors'
import { defaultPhotoAlt, profilePhotoSchema } from '@/schemas/profile-photo'

import type { MentorProfile, ProfilePhoto, User } from '../../payload-types'

export type UploadedPhoto = { data: Buffer; name: string; mimetype: string; size: number }
export type PhotoInput = { alt: string; visibility?: string; file?: UploadedPhoto | null }
export type PhotoErrors = Partial<Record<'file' | 'alt' | 'visibility' | 'form', string>>
export type PhotoResult = { ok: true; photo: ProfilePhoto } | { ok: false; errors: PhotoErrors; status: number }

type Profile = Pick<MentorProfile, 'id' | 'photo'>

const photoIdOf = (profile: Profile) => (profile.photo == null ? null : typeof profile.photo === 'object' ? profile.photo.id : profile.photo)

/** The member's photo as they see it themselves, or null. */
export async function photoOf(payload: Payload, member: User, profile: Profile): Promise<ProfilePhoto | null> {
  const id = photoIdOf(profile)
  if (id == null) return null
  return payload.findByID({ collection: 'profile-photos', id, depth: 0, overrideAccess: false, user: member, disableErrors: true })
}

/**
 * Uploads a new photo for the member's own directory profile (and removes the one it replaces,
 * with every size of it), or, without a file, changes the alternative text of the current one.
 * The platform writes it: members have no write access to photos or to their profile's `photo`.
 * Refusals come back per field with the status an API would answer (413, 415, 400).
 */
export async function saveProfilePhoto(payload: Payload, member: User, profile: Profile, input: PhotoInput): Promise<PhotoResult> {
  const parsed = profilePhotoSchema.safeParse({ alt: input.alt, visibility: input.visibility || undefined })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path[0] === 'visibility' ? 'visibility' : 'alt'
    return { ok: false, status: 400, errors: { [field]: issue?.message ?? 'Check the description.' } }
  }
  const alt = parsed.data.alt || defaultPhotoAlt(member.chosenName)
  const { visibility } = parsed.data
  await assertPoliciesAccepted(payload, member)
  const current = photoIdOf(profile)

  if (!input.file) {
    if (current == null) return { ok: false, status: 400, errors: { file: 'Choose a photo: a JPEG, PNG or WebP image of at most 5 MB.' } }
    const photo = await payload.update({ collection: 'profile-photos', id: current, data: { alt, visibility }, depth: 0, overrideAccess: true })
    return { ok: true, photo }
  }

  let photo: ProfilePhoto
  try {
    photo = await payload.create({
      collection: 'profile-photos',
      data: { alt, visibility, profile: profile.id, owner: member.id } as never,
      file: input.file,
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    if (isRefusal(error) && (error.status === 413 || error.status === 415)) return { ok: false, status: error.status, errors: { file: error.message } }
    if (isRefusal(error) && error.status === 400) {
      const issue = validationIssues(error)?.find(({ path }) => path === 'alt')
      if (issue) return { ok: false, status: 400, errors: { alt: issue.message } }
      // Payload's own answer when sharp cannot read the bytes (a truncated or damaged image).
      return { ok: false, status: 400, errors: { file: 'That image could not be read. Save it again as JPEG or PNG and try once more.' } }
    }
    throw error
  }
  await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { photo: photo.id }, depth: 0, overrideAccess: true })
  await removeOtherPhotos(payload, profile, photo.id)
  return { ok: true, photo }
}

/** Removes the member's photo and its files; the profile shows their initials again. */
export async function removeProfilePhoto(payload: Payload, member: User, profile: Profile): Promise<void> {
  await assertPoliciesAccepted(payload, member)
  if (photoIdOf(profile) != null) await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { photo: null }, depth: 0, overrideAccess: true })
  await removeOtherPhotos(payload, profile, null)
}

/** Every photo of the profile but `keep` (the one replaced, or one a failed save left behind). */
async function removeOtherPhotos(payload: Payload, profile: Profile, keep: number | string | null): Promise<void> {
  const own = { profile: { equals: profile.id } }
  await payload.delete({
    collection: 'profile-photos',
    where: keep == null ? own : { and: [own, { id: { not_equals: keep } }] },
    overrideAccess: true,
  })
}
