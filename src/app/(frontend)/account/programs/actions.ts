'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { leaveProgram } from '@/programs/leaving'
import { setHiddenFromListings } from '@/programs/listing'

export type LeaveFormState = { errors: Partial<Record<'note' | 'confirmed' | 'form', string>>; note?: string }

const signIn = () => redirect('/signin?next=/account/programs')

/** A programme's public page and the directory list its mentors: both change at once. */
function refreshListings(programSlug: string) {
  revalidatePath(`/programs/${programSlug}`)
  revalidatePath('/mentors')
}

/** "Take me off this programme's mentoring pages", or list me again. */
export async function changeListing(form: FormData): Promise<void> {
  const member = await getSignedInMember()
  if (!member) signIn()
  const result = await setHiddenFromListings(await getPayloadClient(), member!, {
    membership: String(form.get('membership') ?? ''),
    hidden: form.get('hidden') === 'yes',
  })
  if (!result.ok) redirect(`/account/programs?problem=${encodeURIComponent(result.error)}`)
  refreshListings(result.programSlug)
  redirect(`/account/programs?${result.hidden ? 'unlisted' : 'listed'}=${encodeURIComponent(result.programSlug)}`)
}

/** Leaves a programme after the confirmation; the mentees are told before anything closes. */
export async function leave(_previous: LeaveFormState, form: FormData): Promise<LeaveFormState> {
  const member = await getSignedInMember()
  if (!member) signIn()
  const note = String(form.get('note') ?? '')
  const payload = await getPayloadClient()
  const result = await leaveProgram(payload, member!, { membership: String(form.get('membership') ?? ''), note, confirmed: form.get('confirmed') === 'yes' })
  if (!result.ok) return { errors: result.errors, note }
  after(() => deliverQueuedEmails(payload))
  refreshListings(result.programSlug)
  redirect(`/account/programs?left=${encodeURIComponent(result.programSlug)}`)
}
