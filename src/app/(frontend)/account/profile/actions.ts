'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { saveDirectoryProfile, type ProfileErrors, type ProfileInput } from '@/directory/edit-profile'
import { getPayloadClient } from '@/lib/payload'
import { directoryProfileOf } from '@/organizations/affiliations'

export type DirectoryProfileFormState = { errors: ProfileErrors; values?: ProfileInput; saved?: boolean }

export async function submitDirectoryProfile(_previous: DirectoryProfileFormState, form: FormData): Promise<DirectoryProfileFormState> {
  const member = await requireMember('/account/profile')
  const payload = await getPayloadClient()
  const profile = await directoryProfileOf(payload, member)
  if (!profile) redirect('/account')
  const text = (name: string) => String(form.get(name) ?? '')
  const values: ProfileInput = {
    headline: text('headline'),
    bio: text('bio'),
    industries: form.getAll('industries').map(String),
    skills: form.getAll('skills').map(String),
    location: text('location'),
    timeZone: text('timeZone'),
    languages: form.getAll('languages').map(String),
    availability: text('availability'),
    capacity: text('capacity'),
    pronounsVisibility: text('pronounsVisibility'),
    identities: text('identities'),
    identitiesVisibility: text('identitiesVisibility'),
  }
  const result = await saveDirectoryProfile(payload, member, profile, values)
  if (!result.ok) return { errors: result.errors, values }
  revalidatePath(`/mentors/${profile.slug}`)
  return { errors: {}, values, saved: true }
}
