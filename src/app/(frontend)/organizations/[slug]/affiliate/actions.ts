'use server'

import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { requestAffiliation } from '@/organizations/affiliations'
import { getOrganization } from '@/queries/organizations'

export type AffiliateFormState = { error?: string }

export async function submitAffiliationRequest(_previous: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const slug = String(form.get('slug') ?? '')
  const member = await requireMember(`/organizations/${encodeURIComponent(slug)}/affiliate`)
  const payload = await getPayloadClient()
  const organization = await getOrganization(slug)
  if (!organization) return { error: 'This organisation no longer exists.' }
  const result = await requestAffiliation(payload, member, organization.id, String(form.get('message') ?? ''))
  if (!result.ok) return { error: result.error }
  redirect(`/organizations/${organization.slug}/affiliate?sent=1`)
}
