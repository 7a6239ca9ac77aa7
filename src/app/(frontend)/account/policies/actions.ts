'use server'

import { acceptedFromForm } from '@/accounts/accepted-from-form'
import { redirect } from 'next/navigation'

import { acceptPolicies } from '@/accounts/acceptance'
import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'

export type AcceptFormState = { errors: Record<string, string> }

export async function submitAcceptance(_previous: AcceptFormState, form: FormData): Promise<AcceptFormState> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/policies')
  const accepted = acceptedFromForm(form)
  const result = await acceptPolicies(await getPayloadClient(), member, accepted)
  if (!result.ok) return { errors: result.errors }
  redirect('/account?accepted=1')
}
