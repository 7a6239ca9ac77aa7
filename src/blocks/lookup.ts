import type { Payload, PayloadRequest } from 'payload'

import { idOf, isSameId } from '@/access'

/*
 * Looking up blocks between members. Blocks work both ways: once either of two members blocked
 * the other, neither finds the other in the directory, reads the other's profile, sends the
 * other a request or writes to them.
 */

type Id = number | string

/** Every account on the other side of a block with `member`, whichever of the two made it. */
export async function accountsBlockedWith(payload: Payload, member: Id, req?: PayloadRequest): Promise<Id[]> {
  const { docs } = await payload.find({
    collection: 'blocks',
    where: { or: [{ blocker: { equals: member } }, { blocked: { equals: member } }] },
    select: { blocker: true, blocked: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const others = docs.map((block) => (String(idOf(block.blocker)) === String(member) ? idOf(block.blocked) : idOf(block.blocker)))
  return [...new Map(others.filter((id): id is Id => id != null).map((id) => [String(id), id])).values()]
}

/** Which way a block runs between two members, if there is one: `me` blocked `other`, or `other` blocked `me`. */
export async function blockBetween(payload: Payload, me: Id, other: Id): Promise<'by-me' | 'by-them' | null> {
  const { docs } = await payload.find({
    collection: 'blocks',
    where: {
      or: [{ and: [{ blocker: { equals: me } }, { blocked: { equals: other } }] }, { and: [{ blocker: { equals: other } }, { blocked: { equals: me } }] }],
    },
    select: { blocker: true },
    depth: 0,
    limit: 2,
    overrideAccess: true,
  })
  if (docs.length === 0) return null
  return docs.some((block) => isSameId(block.blocker, me)) ? 'by-me' : 'by-them'
}
