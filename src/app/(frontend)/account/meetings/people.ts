import type { Payload } from 'payload'

import { idOf, isSameId } from '@/access'
import { chosenNames } from '@/mentorship/requests'

import type { User } from '../../../../../payload-types'

/** The people the member has had or has meetings with, by chosen name: the choices of the page's filter. */
export async function meetingPeople(payload: Payload, member: User): Promise<Array<readonly [string, string]>> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
    select: { student: true, mentor: true },
    depth: 0,
    limit: 500,
    overrideAccess: false,
    user: member,
  })
  const others = [...new Set(docs.map((meeting) => String(isSameId(meeting.student, member.id) ? idOf(meeting.mentor) : idOf(meeting.student))))]
  const names = await chosenNames(payload, others)
  return others.map((id) => [id, names.get(id) ?? 'A former member'] as const).sort((a, b) => a[1].localeCompare(b[1], 'en'))
}
