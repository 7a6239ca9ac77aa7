'use server'

import { redirect } from 'next/navigation'

import { changePassword } from '@/accounts/password'
import { getSignedInMember, startSession } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'

export type PasswordFormState = { errors: { currentPassword?: string; password?: string; form?: string } }

/** The current password, then the new one; this browser stays signed in, every other session ends. */
export async function submitPasswordChange(_previous: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/password')
  const result = await changePassword(await getPayloadClient(), member, String(form.get('currentPassword') ?? ''), String(form.get('password') ?? ''))
  if (!result.ok) return { errors: result.errors }
  if (result.token) await startSession(result.token, result.exp)
  redirect('/account?passwordChanged=1')
}
