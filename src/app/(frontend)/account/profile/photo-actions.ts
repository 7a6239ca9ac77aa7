'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { removeProfilePhoto, saveProfilePhoto, type PhotoErrors } from '@/directory/photos'
import { getPayloadClient } from '@/lib/payload'
import { directoryProfileOf } from '@/organizations/affiliations'

export type PhotoFormState = { errors: PhotoErrors; alt?: string; visibility?: string; saved?: 'uploaded' | 'described' | 'removed' }

async function ownProfile() {
  const member = await requireMember('/account/profile')
  const payload = await getPayloadClient()
  const profile = await directoryProfileOf(payload, member)
  if (!profile) redirect('/account')
  return { member, payload, profile }
}

/** Pages that show the photo: the profile, and the cached ones with cards (home, organisation pages). */
const revalidateProfilePages = (slug: string) => {
  revalidatePath(`/mentors/${slug}`)
  revalidatePath('/account/profile')
  revalidatePath('/')
  revalidatePath('/organizations/[slug]', 'page')
}

/** Uploads or replaces the member's photo, or changes its description (multipart, works without JavaScript). */
export async function submitPhoto(_previous: PhotoFormState, form: FormData): Promise<PhotoFormState> {
  const { member, payload, profile } = await ownProfile()
  const alt = String(form.get('alt') ?? '')
  const visibility = String(form.get('visibility') ?? '')
  if (form.get('intent') === 'remove') {
    await removeProfilePhoto(payload, member, profile)
    revalidateProfilePages(profile.slug)
    return { errors: {}, saved: 'removed' }
  }
  const upload = form.get('photo')
  const file =
    upload instanceof File && upload.size > 0
      ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, mimetype: upload.type || 'application/octet-stream', size: upload.size }
      : null
  const result = await saveProfilePhoto(payload, member, profile, { alt, visibility, file })
  if (!result.ok) return { errors: result.errors, alt, visibility }
  revalidateProfilePages(profile.slug)
  return { errors: {}, alt: result.photo.alt, visibility: result.photo.visibility ?? undefined, saved: file ? 'uploaded' : 'described' }
}
