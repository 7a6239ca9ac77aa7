'use server'

import { headers } from 'next/headers'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { fileConductReport, type ReportErrors, type ReportInput } from '@/conduct/report'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'

export type ReportFormState = { errors: ReportErrors; values?: ReportInput; filed?: boolean }

export async function fileReport(_previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const text = (name: string) => String(form.get(name) ?? '')
  const values: ReportInput = {
    subjectKind: text('subjectKind'),
    subject: text('subject'),
    category: text('category'),
    description: text('description'),
    name: text('name'),
    email: text('email'),
    messageId: text('messageId') || undefined,
    meetingId: text('meetingId') || undefined,
    website: text('website'),
  }
  const payload = await getPayloadClient()
  const reporter = await getSignedInMember()
  const result = await fileConductReport(payload, reporter, values, { address: clientAddress(await headers()) })
  if (!result.ok) return { errors: result.errors, values }
  after(() => deliverQueuedEmails(payload))
  return { errors: {}, filed: true }
}
