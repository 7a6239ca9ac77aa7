'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { blockMember, unblockMember, type BlockTarget } from '@/blocks/manage'
import type { ReportErrors } from '@/conduct/report'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'

export type BlockFormState = { errors: ReportErrors; values?: { report: boolean; category: string; description: string } }

/** Where the block form came from: a profile, a request, or a message in a request. */
const targetOf = (form: FormData): BlockTarget => {
  const profile = String(form.get('profile') ?? '')
  if (profile) return { profile }
  const message = String(form.get('message') ?? '')
  return { request: String(form.get('request') ?? ''), ...(message ? { message } : {}) }
}

/** Blocks the member behind the form's target, and reports them too when the box is ticked. */
export async function block(_previous: BlockFormState, form: FormData): Promise<BlockFormState> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/blocked')
  const values = { report: form.get('report') === 'yes', category: String(form.get('category') ?? ''), description: String(form.get('description') ?? '') }
  const payload = await getPayloadClient()
  const result = await blockMember(payload, member, targetOf(form), values.report ? values : null, { address: clientAddress(await headers()) })
  if (!result.ok) return { errors: result.errors, values }
  if (values.report) after(() => deliverQueuedEmails(payload))
  redirect(`/account/blocked?blocked=1${values.report ? '&reported=1' : ''}`)
}

export async function unblock(form: FormData): Promise<void> {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/blocked')
  await unblockMember(await getPayloadClient(), member, String(form.get('block') ?? ''))
  redirect('/account/blocked?unblocked=1')
}
