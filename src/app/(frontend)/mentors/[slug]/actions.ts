'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'
import { sendMentorshipRequest, type RequestErrors, type RequestInput } from '@/mentorship/requests'

export type RequestFormState = { errors: RequestErrors; values?: RequestInput }

/** Sends the request from a profile page; on success the student lands on the request itself. */
export async function sendRequest(_previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const slug = String(form.get('profile') ?? '')
  const member = await getSignedInMember()
  if (!member) redirect(`/signin?next=${encodeURIComponent(`/mentors/${slug}`)}`)
  const values: RequestInput = {
    helpWith: String(form.get('helpWith') ?? ''),
    message: String(form.get('message') ?? ''),
    preferredTimes: String(form.get('preferredTimes') ?? ''),
    program: String(form.get('program') ?? '') || undefined,
  }
  const payload = await getPayloadClient()
  const result = await sendMentorshipRequest(payload, member, slug, values, { address: clientAddress(await headers()) })
  if (!result.ok) return { errors: result.errors, values }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${result.requestId}?sent=1`)
}
