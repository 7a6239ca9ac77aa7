'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requireMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'
import { answerRequest, endMentorship, sendRequestMessage, withdrawRequest, type MentorAnswer, type RequestErrors } from '@/mentorship/requests'

export type RequestActionState = { errors: RequestErrors; values?: { note?: string; body?: string } }

/** The signed-in member, with the updated policies accepted; otherwise off to sign in or accept them. */
async function activeMember(requestId: string) {
  const member = await requireMember(`/account/requests/${requestId}`)
  const payload = await getPayloadClient()
  return { member, payload }
}

/** Accept, decline or ask a question: the button pressed says which. */
export async function answer(_previous: RequestActionState, form: FormData): Promise<RequestActionState> {
  const id = String(form.get('request') ?? '')
  const { member, payload } = await activeMember(id)
  const choice = String(form.get('answer') ?? '')
  const note = String(form.get('note') ?? '')
  if (choice !== 'accept' && choice !== 'decline' && choice !== 'ask')
    return { errors: { form: 'Choose accept, decline or ask a question.' }, values: { note } }
  const result = await answerRequest(payload, member, id, choice as MentorAnswer, note)
  if (!result.ok) return { errors: result.errors, values: { note } }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${id}?answered=${choice}`)
}

export async function withdraw(_previous: RequestActionState, form: FormData): Promise<RequestActionState> {
  const id = String(form.get('request') ?? '')
  const { member, payload } = await activeMember(id)
  const result = await withdrawRequest(payload, member, id)
  if (!result.ok) return { errors: result.errors }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${id}?withdrawn=1`)
}

export async function end(_previous: RequestActionState, form: FormData): Promise<RequestActionState> {
  const id = String(form.get('request') ?? '')
  const { member, payload } = await activeMember(id)
  const result = await endMentorship(payload, member, id)
  if (!result.ok) return { errors: result.errors }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${id}?ended=1`)
}

export async function sendMessage(_previous: RequestActionState, form: FormData): Promise<RequestActionState> {
  const id = String(form.get('request') ?? '')
  const { member, payload } = await activeMember(id)
  const body = String(form.get('body') ?? '')
  const result = await sendRequestMessage(payload, member, id, body, { address: clientAddress(await headers()) })
  if (!result.ok) return { errors: result.errors, values: { body } }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${id}?messageSent=1#message-${result.messageId}`)
}
