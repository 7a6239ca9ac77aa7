'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { endSession, startSession } from '@/accounts/session'
import { resendConfirmation, signIn } from '@/accounts/signin'
import { getPayloadClient } from '@/lib/payload'
import { safeNextPath } from '@/lib/safe-next-path'
import { clientAddress, takeFromLimit } from '@/limits'

export type SignInFormState = { error?: string; message?: string; unverified?: boolean; email: string }

export async function submitSignIn(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const email = String(form.get('email') ?? '')
  const payload = await getPayloadClient()
  const address = clientAddress(await headers())

  if (form.get('intent') === 'resend') {
    const tooMany = await takeFromLimit(payload, 'resend', { address, email })
    if (tooMany) return { email, error: tooMany.message }
    await resendConfirmation(payload, email)
    return { email, message: 'If an unconfirmed account uses this address, a new confirmation link is on its way.' }
  }

  const result = await signIn(payload, email, String(form.get('password') ?? ''), { address })
  if (!result.ok) return { email, error: result.error, unverified: result.unverified }
  await startSession(result.token, result.exp)
  redirect(safeNextPath(form.get('next')))
}

export async function signOut(): Promise<void> {
  await endSession()
  redirect('/signin?signedOut=1')
}
