'use server'

import { revalidatePath } from 'next/cache'

import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'

export type ProfileFormState = { errors: { chosenName?: string; pronouns?: string }; message?: string }

/** Saves the member's own name and pronouns, through the same access rules as the API. */
export async function updateProfile(_previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const member = await getSignedInMember()
  if (!member) return { errors: {}, message: undefined }
  const chosenName = String(form.get('chosenName') ?? '').trim()
  const pronouns = String(form.get('pronouns') ?? '').trim()
  const errors: ProfileFormState['errors'] = {}
  if (!chosenName) errors.chosenName = 'Enter the name you want shown on the platform.'
  else if (chosenName.length > 80) errors.chosenName = 'Use 80 characters or fewer.'
  if (pronouns.length > 40) errors.pronouns = 'Use 40 characters or fewer.'
  if (Object.keys(errors).length) return { errors }

  const payload = await getPayloadClient()
  await payload.update({
    collection: 'users',
    id: member.id,
    data: { chosenName, pronouns: pronouns || null },
    overrideAccess: false,
    user: member,
  })
  revalidatePath('/account')
  return { errors: {}, message: 'Saved.' }
}
