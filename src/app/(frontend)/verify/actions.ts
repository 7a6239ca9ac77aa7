'use server'

import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload'

export async function confirmEmail(form: FormData): Promise<void> {
  const token = String(form.get('token') ?? '')
  const payload = await getPayloadClient()
  let confirmed = false
  try {
    confirmed = Boolean(token) && (await payload.verifyEmail({ collection: 'users', token }))
  } catch {
    confirmed = false
  }
  redirect(confirmed ? '/signin?verified=1' : '/verify?failed=1')
}
