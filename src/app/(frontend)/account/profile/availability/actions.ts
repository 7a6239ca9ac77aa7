'use server'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { saveSchedule } from '@/meetings/book'

import { errorsOnRows, initialValues, scheduleInput, valuesOf, type AvailabilityValues } from './form-values'

export type AvailabilityFormState = { errors: Record<string, string>; values?: AvailabilityValues; saved?: boolean; version: number }

/** Saves the booking hours and how the member meets; a refusal keeps everything as typed. */
export async function saveAvailability(previous: AvailabilityFormState, form: FormData): Promise<AvailabilityFormState> {
  const member = await requireMember('/account/profile/availability')
  const payload = await getPayloadClient()
  const values = valuesOf(form)
  const { schedule, place, rowOf } = scheduleInput(values)
  const result = await saveSchedule(payload, member, { schedule, place })
  const version = previous.version + 1
  if (!result.ok) return { errors: errorsOnRows(result.errors as Record<string, string>, rowOf), values, version }
  // Saved: the form shows what was stored (rows in order, empty ones gone, fresh spare rows).
  return { errors: {}, values: initialValues(result.schedule, result.place), saved: true, version }
}
