/*
 * Unread messages. For the conversation page (account/requests/[id]): call
 * `markConversationRead(payload, member, requestId)` when the member opens a thread, after
 * reading its messages, so the page can still mark the first unread one; the header's badge
 * counts what is left with `countUnreadMessages`. A message is unread while its `readAt` is empty;
 * only its recipient can read that field (no read receipts for the author).
 */
import type { Payload, Where } from 'payload'

import { isSameId } from '@/access'

import type { User } from '../../payload-types'

type Member = Pick<User, 'id'>

/** Never written on SQLite reads as null; on MongoDB the key is absent. Either is unread. */
const unread: Where = { or: [{ readAt: { exists: false } }, { readAt: { equals: null } }] }

/**
 * Marks every message addressed to this member on this request as read. Does nothing for anyone
 * but one of the request's two participants. Returns how many messages it marked.
 */
export async function markConversationRead(payload: Payload, member: Member, requestId: number | string, now: Date = new Date()): Promise<number> {
  if (!/^[0-9a-f]+$/i.test(String(requestId))) return 0
  const request = await payload.findByID({
    collection: 'mentorship-requests',
    id: requestId,
    select: { student: true, mentor: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!request || !(isSameId(request.student, member.id) || isSameId(request.mentor, member.id))) return 0
  // The platform writes the mark: messages are read-only through the API, even for their recipient.
  const { docs } = await payload.update({
    collection: 'request-messages',
    where: { and: [{ request: { equals: request.id } }, { recipient: { equals: member.id } }, unread] },
    data: { readAt: now.toISOString() },
    select: { readAt: true },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return docs.length
}

/** How many messages addressed to this member they have not opened yet, across all their requests. */
export async function countUnreadMessages(payload: Payload, member: Member): Promise<number> {
  // Counted with the platform's access on the member's own recipient filter: `readAt` is readable
  // by the recipient only, per message, which a query on the field cannot check in advance.
  const { totalDocs } = await payload.count({
    collection: 'request-messages',
    where: { and: [{ recipient: { equals: member.id } }, unread] },
    overrideAccess: true,
  })
  return totalDocs
}
