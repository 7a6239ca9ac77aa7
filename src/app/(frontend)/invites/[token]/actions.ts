'use server'

import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { answerInvitation } from '@/organizations/affiliations'

export type InvitationFormState = { error?: string }

export async function submitInvitationAnswer(_previous: InvitationFormState, form: FormData): Promise<InvitationFormState> {
  const token = String(form.get('token') ?? '')
  const member = await getSignedInMember()
  if (!member) redirect(`/signin?next=/invites/${encodeURIComponent(token)}`)
  const accept = form.get('answer') === 'accept'
  const result = await answerInvitation(await getPayloadClient(), token, member, accept)
  if (!result.ok) return { error: result.error }
  redirect(accept ? `/account?affiliated=${encodeURIComponent(result.organizationSlug)}` : '/account?invitationDeclined=1')
}
