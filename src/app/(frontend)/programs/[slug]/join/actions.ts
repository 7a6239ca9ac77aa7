'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { getSignedInMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'
import type { CurrentAgreement } from '@/programs/agreements'
import { joinProgram, type JoinErrors } from '@/programs/join'
import { joinInputFromForm, type JoinProgramInput } from '@/schemas/program'

export type JoinFormState = { errors: JoinErrors; values?: JoinProgramInput; agreements?: Pick<CurrentAgreement, 'id' | 'currentVersion'>[] }

/** Joins one side of a programme from its join form; on success the member lands on the programme's page. */
export async function joinAction(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const slug = String(form.get('program') ?? '')
  const invite = String(form.get('invite') ?? '') || undefined
  const values = joinInputFromForm(form)
  const member = await getSignedInMember()
  if (!member) {
    const back = `/programs/${slug}/join?as=${values.side}${invite ? `&invite=${invite}` : ''}`
    redirect(`/signin?next=${encodeURIComponent(back)}`)
  }
  const payload = await getPayloadClient()
  const result = await joinProgram(payload, member, slug, values, { invite, address: clientAddress(await headers()) })
  if (!result.ok) {
    return { errors: result.errors, values, agreements: result.agreements?.map(({ id, currentVersion }) => ({ id, currentVersion })) }
  }
  after(() => deliverQueuedEmails(payload))
  redirect(`/programs/${slug}?joined=${result.status}`)
}
