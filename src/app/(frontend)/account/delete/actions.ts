'use server'

import { redirect } from 'next/navigation'

import { deleteMemberAccount } from '@/accounts/my-data'
import { endSession, getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'

export type DeleteFormState = { error?: string }

/** Deletes the signed-in member's account once they have typed their password again. */
export async function submitDeletion(_previous: DeleteFormState, form: FormData): Promise<DeleteFormState> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/delete')
  const payload = await getPayloadClient()
  try {
    await payload.login({ collection: 'users', data: { email: member.email, password: String(form.get('password') ?? '') } })
  } catch {
    return { error: 'That password is not right. Your account has not been deleted.' }
  }
  await deleteMemberAccount(payload, member)
  await endSession()
  redirect('/account/deleted')
}
