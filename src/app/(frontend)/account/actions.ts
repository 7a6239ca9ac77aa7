'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { leaveMentorsGroup, mentorKindOf, setPaused, switchMentorKind } from '@/accounts/involvement'
import { getSignedInMember, requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { leaveOrganization } from '@/organizations/affiliations'
import { accountProfileSchema } from '@/schemas/account'
import { fieldErrors } from '@/schemas/fields'

export type ProfileFormState = { errors: { chosenName?: string; pronouns?: string }; message?: string }

/** Saves the member's own name and pronouns, through the same access rules as the API. */
export async function updateProfile(_previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const member = await requireMember('/account')
  const payload = await getPayloadClient()
  const parsed = accountProfileSchema.safeParse({ chosenName: form.get('chosenName') ?? '', pronouns: form.get('pronouns') ?? '' })
  if (!parsed.success) return { errors: fieldErrors(parsed.error) }
  const { chosenName, pronouns } = parsed.data

  await payload.update({
    collection: 'users',
    id: member.id,
    data: { chosenName, pronouns: pronouns || null },
    overrideAccess: false,
    user: member,
  })
  revalidatePath('/account')
  return { errors: {}, message: 'Saved.' }
}

/** Mentor ↔ Connector, from the account page's button. */
export async function switchInvolvement(form: FormData): Promise<void> {
  const member = await requireMember('/account')
  const to = form.get('to')
  if (to !== 'mentor' && to !== 'connector') redirect('/account')
  const payload = await getPayloadClient()
  await switchMentorKind(payload, member, to)
  redirect(`/account?switched=${to}`)
}

export type PauseFormState = { error?: string }

/** Pause (optionally until a date) or resume, from the account page. */
export async function changePause(_previous: PauseFormState, form: FormData): Promise<PauseFormState> {
  const member = await requireMember('/account')
  const payload = await getPayloadClient()
  const pause = form.get('pause') === 'yes'
  const result = await setPaused(payload, member, pause, String(form.get('until') ?? '').trim() || undefined)
  if (!result.ok) return { error: result.error }
  redirect(`/account?${pause ? 'paused' : 'resumed'}=1`)
}

/** A Mentor or Connector stops being listed with their organisation. */
export async function leaveListedOrganization(): Promise<void> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account')
  await leaveOrganization(await getPayloadClient(), member)
  redirect('/account?leftOrganization=1')
}

/** Leaves the mentors group, after the confirmation page. */
export async function leaveMentors(): Promise<void> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/leave')
  if (mentorKindOf(member)) await leaveMentorsGroup(await getPayloadClient(), member)
  redirect('/account?leftMentors=1')
}
