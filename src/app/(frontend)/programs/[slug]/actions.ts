'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'
import { resendInstitutionConfirmation } from '@/programs/join'
import { programSideSchema } from '@/schemas/program'

/** Sends the institution address its confirmation link again, from the programme's page. */
export async function resendConfirmation(form: FormData): Promise<void> {
  const slug = String(form.get('program') ?? '')
  const side = programSideSchema.safeParse(String(form.get('side') ?? ''))
  const back = `/programs/${encodeURIComponent(slug)}`
  const member = await getSignedInMember()
  if (!member) redirect(`/signin?next=${back}`)
  if (!side.success) redirect(back)
  const payload = await getPayloadClient()
  const result = await resendInstitutionConfirmation(payload, member, slug, side.data, { address: clientAddress(await headers()) })
  if (result.ok) after(() => deliverQueuedEmails(payload))
  redirect(`${back}?resent=${result.ok ? 'sent' : result.status === 429 ? 'limited' : 'none'}#join`)
}
