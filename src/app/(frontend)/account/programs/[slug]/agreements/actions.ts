'use server'

import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { acceptProgramAgreements } from '@/programs/reacceptance'
import { programAcceptanceFromForm } from '@/schemas/program-agreements'

export type ProgramAcceptFormState = { error?: string; errors: Record<string, string> }

/** Accepts every agreement the member owes in the programme at the versions they read, then back to their programmes. */
export async function submitProgramAcceptance(_previous: ProgramAcceptFormState, form: FormData): Promise<ProgramAcceptFormState> {
  const parsed = programAcceptanceFromForm(form)
  if (!parsed.success) return { error: 'Please tick the box of each agreement you accept, then send the form again.', errors: {} }
  const { program, accepted } = parsed.data
  const member = await requireMember(`/account/programs/${program}/agreements`)
  const result = await acceptProgramAgreements(await getPayloadClient(), member, program, accepted)
  if (!result.ok) return { error: result.message, errors: 'errors' in result ? result.errors : {} }
  redirect(`/account/programs?accepted=${encodeURIComponent(program)}`)
}
