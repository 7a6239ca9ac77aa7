'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requestPasswordReset, resetPassword } from '@/accounts/password'
import { startSession } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress, takeFromLimit } from '@/limits'

export type PasswordFormState = { error?: string; fieldError?: string; message?: string }

export async function submitForgotPassword(_previous: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const payload = await getPayloadClient()
  const email = String(form.get('email') ?? '')
  const tooMany = await takeFromLimit(payload, 'reset', { address: clientAddress(await headers()), email })
  if (tooMany) return { error: tooMany.message }
  await requestPasswordReset(payload, email)
  after(() => deliverQueuedEmails(payload))
  return { message: 'If an account uses this address, we have emailed it a link to choose a new password.' }
}

export async function submitNewPassword(_previous: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const result = await resetPassword(await getPayloadClient(), String(form.get('token') ?? ''), String(form.get('password') ?? ''))
  if (!result.ok) return result.field ? { fieldError: result.error } : { error: result.error }
  if (result.token) await startSession(result.token, result.exp)
  redirect('/account?passwordChanged=1')
}
