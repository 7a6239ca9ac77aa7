'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requireMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { confirmInstitutionAddress } from '@/programs/join'

/** The button on /programs/confirm: confirms the institution address the token belongs to. */
export async function confirmAddress(form: FormData): Promise<void> {
  const token = String(form.get('token') ?? '')
  const member = await requireMember(`/programs/confirm?token=${encodeURIComponent(token)}`)
  const payload = await getPayloadClient()
  const result = await confirmInstitutionAddress(payload, token, member)
  if (result.ok) after(() => deliverQueuedEmails(payload))
  const search = new URLSearchParams(
    result.ok ? { done: result.status, program: result.program.slug } : { failed: result.reason, ...(result.program ? { program: result.program.slug } : {}) },
  )
  redirect(`/programs/confirm?${search.toString()}`)
}
