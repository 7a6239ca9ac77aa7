import type { Payload } from 'payload'

import { isSameId } from '@/access'
import { programListingSchema } from '@/schemas/program-leaving'

import type { User } from '../../payload-types'

export type ListingOutcome = { ok: true; programSlug: string; hidden: boolean } | { ok: false; status: 400 | 404 | 409; error: string }

/**
 * A mentor asks to be taken off a programme's mentoring pages (its page and the directory
 * filtered to it), or to be listed again. The directory reads memberships at each search, so
 * the change shows at once; the caller refreshes any cached page. They stay a member, and may
 * still be sent requests by mentees who already know them.
 */
export async function setHiddenFromListings(
  payload: Payload,
  member: Pick<User, 'id'>,
  input: { membership: string; hidden: boolean },
): Promise<ListingOutcome> {
  const parsed = programListingSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0].message }
  const membership = await payload.findByID({
    collection: 'program-memberships',
    id: parsed.data.membership,
    depth: 1,
    populate: { programs: { slug: true } },
    overrideAccess: true,
    disableErrors: true,
  })
  if (!membership || !isSameId(membership.user, member.id))
    return { ok: false, status: 404, error: 'This programme membership is not yours, or no longer exists.' }
  if (membership.side !== 'mentor') return { ok: false, status: 409, error: 'Only mentors are listed on a programme’s mentoring pages.' }
  if (membership.status !== 'active') return { ok: false, status: 409, error: 'You are listed only while you are an active mentor in the programme.' }
  await payload.update({
    collection: 'program-memberships',
    id: membership.id,
    data: { hiddenFromListings: parsed.data.hidden },
    overrideAccess: true,
  })
  const programSlug = typeof membership.program === 'object' ? membership.program.slug : ''
  return { ok: true, programSlug, hidden: parsed.data.hidden }
}
