'use server'

import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requireMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { answerProposal, cancelMeeting, markMeeting, type MeetingErrors, type MeetingOutcome } from '@/meetings/book'
import { renewFeedToken, revokeFeedToken } from '@/meetings/feed'

import type { User } from '../../../../../payload-types'

export type MeetingActionState = { errors: MeetingErrors; values?: { note?: string } }

/** Only pages of the member's own account are returned to; anything else falls back to the meetings list. */
function safeReturn(value: FormDataEntryValue | null): string {
  const path = String(value ?? '')
  return /^\/account(\/[\w/-]*)?(\?[\w=&%-]*)?$/.test(path) ? path : '/account/meetings'
}

/** The page the card was on, with what happened in the address and the card in view. */
function backTo(returnTo: string, meetingId: string, done: string) {
  const [path, query = ''] = returnTo.split('?')
  const params = new URLSearchParams(query)
  params.set('done', done)
  return `${path}?${params.toString()}#meeting-${meetingId}`
}

type Act = (payload: Payload, member: User, meetingId: string, note: string) => Promise<MeetingOutcome>

/** The one path every meeting action takes: the member (and the policy gate), the change, the emails, back to the card. */
async function run(form: FormData, done: string, act: Act): Promise<MeetingActionState> {
  const returnTo = safeReturn(form.get('returnTo'))
  const meetingId = String(form.get('meeting') ?? '')
  const note = String(form.get('note') ?? '')
  const member = await requireMember(returnTo)
  const payload = await getPayloadClient()
  const result = await act(payload, member, meetingId, note)
  if (!result.ok) return { errors: result.errors, values: { note } }
  after(() => deliverQueuedEmails(payload))
  revalidatePath('/account/meetings')
  redirect(backTo(returnTo, meetingId, done))
}

/** The student accepts or declines a proposed time: the button pressed says which. */
export async function answerMeeting(_previous: MeetingActionState, form: FormData): Promise<MeetingActionState> {
  const answer = String(form.get('answer') ?? '')
  if (answer !== 'accept' && answer !== 'decline') return { errors: { form: 'Choose accept or decline.' } }
  return run(form, answer === 'accept' ? 'accepted' : 'declined', (payload, member, meetingId, note) =>
    answerProposal(payload, member, meetingId, answer, note),
  )
}

export async function cancelMeetingAction(_previous: MeetingActionState, form: FormData): Promise<MeetingActionState> {
  return run(form, 'cancelled', (payload, member, meetingId, note) => cancelMeeting(payload, member, meetingId, note))
}

export async function markMeetingAction(_previous: MeetingActionState, form: FormData): Promise<MeetingActionState> {
  const mark = String(form.get('mark') ?? '')
  return run(form, 'marked', (payload, member, meetingId) => markMeeting(payload, member, meetingId, mark))
}

/** Makes (or replaces) the member's private calendar feed address; the old one stops working. */
export async function renewFeed(form: FormData): Promise<void> {
  const member = await requireMember('/account/meetings')
  await renewFeedToken(await getPayloadClient(), member)
  redirect(`/account/meetings?feed=${form.get('replace') ? 'replaced' : 'made'}#calendar-feed`)
}

export async function revokeFeed(): Promise<void> {
  const member = await requireMember('/account/meetings')
  await revokeFeedToken(await getPayloadClient(), member)
  redirect('/account/meetings?feed=off#calendar-feed')
}
