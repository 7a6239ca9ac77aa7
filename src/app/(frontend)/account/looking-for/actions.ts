'use server'

import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { saveSeekerWishes } from '@/matching/preferences'

import { valuesOf, type WishesValues } from './form-values'

export type WishesFormState = { errors: Record<string, string>; values?: WishesValues }

/** Saves what the student looks for, then shows the suggestions made from it; a refusal keeps everything as chosen. */
export async function saveWishes(_previous: WishesFormState, form: FormData): Promise<WishesFormState> {
  const member = await requireMember('/account/looking-for')
  const payload = await getPayloadClient()
  const values = valuesOf(form)
  const result = await saveSeekerWishes(payload, member, values)
  if (!result.ok) return { errors: result.errors as Record<string, string>, values }
  redirect('/mentors?for=me&saved=wishes')
}
