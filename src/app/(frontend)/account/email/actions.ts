'use server'

import { redirect } from 'next/navigation'

import { confirmEmailChange, requestEmailChange, undoEmailChange, type EmailChangeErrors } from '@/accounts/email-change'
import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'

export type EmailChangeFormState = { errors: EmailChangeErrors; values?: { newEmail: string } }

/** Asks for the change: the new address gets a confirmation link, the current one a notice. */
export async function askForEmailChange(_previous: EmailChangeFormState, form: FormData): Promise<EmailChangeFormState> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/email')
  const values = { newEmail: String(form.get('newEmail') ?? '') }
  const result = await requestEmailChange(await getPayloadClient(), member, {
    newEmail: values.newEmail,
    currentPassword: String(form.get('currentPassword') ?? ''),
  })
  if (!result.ok) return { errors: result.errors, values }
  redirect('/account/email?sent=1')
}

/** The button on the page the confirmation link opens (mail scanners only read pages, they do not press buttons). */
export async function confirmNewEmail(form: FormData): Promise<void> {
  const result = await confirmEmailChange(await getPayloadClient(), String(form.get('token') ?? ''))
  redirect(result.ok ? '/account/email/confirm?done=1' : `/account/email/confirm?failed=${result.reason}`)
}

/** The button on the page the undo link in the old address's notice opens. */
export async function undoChange(form: FormData): Promise<void> {
  const result = await undoEmailChange(await getPayloadClient(), String(form.get('token') ?? ''))
  redirect(result.ok ? `/account/email/undo?done=${result.outcome}` : `/account/email/undo?failed=${result.reason}`)
}
