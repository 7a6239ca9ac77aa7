'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { markWorryHandled } from '@/mentorship/shape'

import { programHealthPath } from './paths'

/** "Mark handled" on a worry in the health view; back to the programme's health with what happened. */
export async function markWorryHandledAction(form: FormData): Promise<void> {
  const payload = await getPayloadClient()
  const viewer = await getSignedInMember()
  const program = String(form.get('program') ?? '')
  const back = `${payload.config.routes.admin}${programHealthPath}/${encodeURIComponent(program)}`
  if (!viewer) redirect(`${payload.config.routes.admin}/login?redirect=${encodeURIComponent(back)}`)
  const result = await markWorryHandled(payload, viewer, String(form.get('worry') ?? ''))
  revalidatePath(back)
  redirect(`${back}?${result.ok ? 'handled=1' : 'refused=1'}`)
}
