'use server'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { saveMentorOptIn } from '@/matching/preferences'

export type OptInValues = { sharedExperience: string[]; matchOn: string }
export type OptInFormState = { errors: Record<string, string>; values?: OptInValues; saved?: boolean }

/** Saves which experiences a Mentor or Connector shares and whether suggestions may use them. */
export async function submitMatchingOptIn(_previous: OptInFormState, form: FormData): Promise<OptInFormState> {
  const member = await requireMember('/account/profile')
  const payload = await getPayloadClient()
  const values: OptInValues = { sharedExperience: form.getAll('sharedExperience').map(String), matchOn: String(form.get('matchOn') ?? '') }
  const result = await saveMentorOptIn(payload, member, values)
  if (!result.ok) return { errors: result.errors as Record<string, string>, values }
  return { errors: {}, values, saved: true }
}
