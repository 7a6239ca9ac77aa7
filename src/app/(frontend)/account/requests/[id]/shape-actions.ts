'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'

import { requireMember } from '@/accounts/session'
import { deliverQueuedEmails } from '@/email/outbox'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'
import { answerCheckIn, giveClosingFeedback, raiseWorry, saveAgreement, type ShapeErrors, type ShapeOutcome } from '@/mentorship/shape'

export type ShapeActionState = { errors: ShapeErrors; values?: Record<string, string> }

type Step = 'agreement' | 'check-in' | 'worry' | 'closing-feedback'

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/**
 * The one wrapper of the shape's actions: the signed-in member, the domain function, and back
 * to the request's page with what happened; a refusal stays on the form with its messages and
 * what was typed. Unexpected failures become a friendly message, never a 500.
 */
async function run(
  form: FormData,
  step: Step,
  fields: string[],
  work: (payload: Awaited<ReturnType<typeof getPayloadClient>>, member: Awaited<ReturnType<typeof requireMember>>, id: string) => Promise<ShapeOutcome<object>>,
): Promise<ShapeActionState> {
  const id = text(form, 'request') ?? ''
  const member = await requireMember(`/account/requests/${id}`)
  const payload = await getPayloadClient()
  const values = Object.fromEntries(fields.map((field) => [field, text(form, field) ?? '']))
  let result: ShapeOutcome<object>
  try {
    result = await work(payload, member, id)
  } catch (error) {
    payload.logger.error({ err: error, step }, 'A mentorship shape action failed')
    return { errors: { form: 'Something went wrong on our side. Please try again in a moment.' }, values }
  }
  if (!result.ok) return { errors: result.errors, values }
  after(() => deliverQueuedEmails(payload))
  redirect(`/account/requests/${id}?shape=${step}#${step}`)
}

export async function saveAgreementAction(_previous: ShapeActionState, form: FormData): Promise<ShapeActionState> {
  const fields = ['goals', 'meetingFrequency', 'how', 'endsOn']
  return run(form, 'agreement', fields, (payload, member, id) =>
    saveAgreement(payload, member, id, {
      goals: text(form, 'goals'),
      meetingFrequency: text(form, 'meetingFrequency'),
      how: text(form, 'how'),
      endsOn: text(form, 'endsOn'),
    }),
  )
}

export async function checkInAction(_previous: ShapeActionState, form: FormData): Promise<ShapeActionState> {
  return run(form, 'check-in', ['mood', 'comment'], (payload, member, id) =>
    answerCheckIn(payload, member, id, { round: text(form, 'round'), mood: text(form, 'mood'), comment: text(form, 'comment') }),
  )
}

export async function worryAction(_previous: ShapeActionState, form: FormData): Promise<ShapeActionState> {
  const address = clientAddress(await headers())
  return run(form, 'worry', ['note'], (payload, member, id) => raiseWorry(payload, member, id, { note: text(form, 'note') }, { address }))
}

export async function closingFeedbackAction(_previous: ShapeActionState, form: FormData): Promise<ShapeActionState> {
  return run(form, 'closing-feedback', ['rating', 'comment'], (payload, member, id) =>
    giveClosingFeedback(payload, member, id, { rating: text(form, 'rating'), comment: text(form, 'comment') }),
  )
}
