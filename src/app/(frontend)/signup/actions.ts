'use server'

import { acceptedFromForm } from '@/accounts/accepted-from-form'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { signUp, type SignUpErrors } from '@/accounts/signup'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress, takeFromLimit } from '@/limits'

export type SignUpFormState = { errors: SignUpErrors; values: Record<string, string> }

/** The sign-up form's action: works as a plain form POST when JavaScript is off. */
export async function submitSignUp(_previous: SignUpFormState, form: FormData): Promise<SignUpFormState> {
  const text = (name: string) => String(form.get(name) ?? '')
  const accepted = acceptedFromForm(form)
  const values = { role: text('role'), chosenName: text('chosenName'), email: text('email'), pronouns: text('pronouns') }

  const payload = await getPayloadClient()
  const tooMany = await takeFromLimit(payload, 'signUp', { address: clientAddress(await headers()), email: values.email })
  if (tooMany) return { errors: { form: tooMany.message }, values }
  const result = await signUp(payload, { ...values, password: text('password'), accepted })
  if (!result.ok) return { errors: result.errors, values }
  after(() => deliverQueuedEmails(payload))
  redirect(`/signup/check-email${result.emailSent ? '' : '?sent=0'}`)
}
