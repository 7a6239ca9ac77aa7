import type { CollectionBeforeDeleteHook, Payload } from 'payload'

import { idOf, isSameId } from '@/access'
import { fileConductReport, type ReportErrors, type ReportInput } from '@/conduct/report'
import { inTransaction } from '@/lib/transaction'
import { cancelMeetingsBetween } from '@/meetings/book'
import { chosenNames } from '@/mentorship/requests'

import type { User } from '../../payload-types'

type Id = number | string
type Member = Pick<User, 'id' | 'roles'> & Partial<Pick<User, 'email' | 'chosenName'>>

/** Where a block starts: a directory profile, a mentorship request, or a message in one. */
export type BlockTarget = { profile: string } | { request: string; message?: string }

export type BlockCandidate = { account: Id; name: string; requestId?: Id; messageId?: Id; alreadyBlocked: boolean }

const isId = (value: string) => /^[0-9a-f]+$/i.test(value)

/**
 * The member a block from this place would be against, as the blocker may see it: a profile
 * they can read, a request they take part in, a message they received. Null otherwise.
 */
export async function findBlockCandidate(payload: Payload, blocker: Member, target: BlockTarget): Promise<BlockCandidate | null> {
  let account: Id | null = null
  let requestId: Id | undefined
  let messageId: Id | undefined
  if ('profile' in target) {
    // Found as the blocker may see it: a profile hidden from them (by a block) is missing here too.
    const { docs } = await payload.find({
      collection: 'mentor-profiles',
      where: { slug: { equals: target.profile } },
      select: { slug: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: blocker,
    })
    const profile = docs[0]
      ? await payload.findByID({ collection: 'mentor-profiles', id: docs[0].id, select: { user: true }, depth: 0, overrideAccess: true })
      : null
    account = profile ? idOf(profile.user) : null
  } else {
    if (!isId(target.request)) return null
    const request = await payload.findByID({ collection: 'mentorship-requests', id: target.request, depth: 0, overrideAccess: true, disableErrors: true })
    if (!request) return null
    const student = idOf(request.student)
    const mentor = idOf(request.mentor)
    if (isSameId(student, blocker.id)) account = mentor
    else if (isSameId(mentor, blocker.id)) account = student
    else return null
    requestId = request.id
    if (target.message) {
      if (!isId(target.message)) return null
      const message = await payload.findByID({ collection: 'request-messages', id: target.message, depth: 0, overrideAccess: true, disableErrors: true })
      if (!message || !isSameId(message.request, request.id) || !isSameId(message.recipient, blocker.id)) return null
      messageId = message.id
    }
  }
  if (account == null || isSameId(account, blocker.id)) return null
  const [names, existing] = await Promise.all([
    chosenNames(payload, [account]),
    payload.count({ collection: 'blocks', where: { blocker: { equals: blocker.id }, blocked: { equals: account } }, overrideAccess: true }),
  ])
  const name = names.get(String(account))
  if (!name) return null
  return { account, name, requestId, messageId, alreadyBlocked: existing.totalDocs > 0 }
}

export type BlockResult = { ok: true; name: string } | { ok: false; status: 400 | 404 | 429; errors: ReportErrors }

/**
 * Blocks the member behind `target`, optionally reporting them to the admins in the same step
 * (through the ordinary conduct report). Nobody is told, least of all the blocked person. If the
 * report is asked for but cannot be filed, nothing is done, so the person can correct it.
 */
export async function blockMember(
  payload: Payload,
  blocker: Member & Pick<User, 'email' | 'chosenName'>,
  target: BlockTarget,
  report: Pick<ReportInput, 'category' | 'description'> | null,
  from: { address: string },
): Promise<BlockResult> {
  const candidate = await findBlockCandidate(payload, blocker, target)
  if (!candidate) return { ok: false, status: 404, errors: { form: 'This person cannot be found. They may have left the platform.' } }
  if (report) {
    const filed = await fileConductReport(
      payload,
      blocker,
      {
        subjectKind: candidate.messageId != null ? 'message' : 'person',
        subject: 'profile' in target ? `${candidate.name} (/mentors/${target.profile})` : `${candidate.name} (mentorship request ${candidate.requestId})`,
        category: report.category,
        description: report.description,
        messageId: candidate.messageId != null ? String(candidate.messageId) : undefined,
      },
      from,
    )
    if (!filed.ok) return filed
  }
  if (!candidate.alreadyBlocked) {
    await payload.create({ collection: 'blocks', data: { blocker: blocker.id as number, blocked: candidate.account as number }, overrideAccess: true })
    // Meetings still booked between the two are called off: neither is asked to meet someone blocked.
    await inTransaction(payload, (req) =>
      cancelMeetingsBetween(payload, blocker.id, candidate.account, 'This meeting was cancelled because the conversation was closed.', new Date(), req),
    )
  }
  return { ok: true, name: candidate.name }
}

/** Lifts the member's own block; lifting one that does not exist changes nothing. */
export async function unblockMember(payload: Payload, blocker: Pick<User, 'id'>, blockId: string): Promise<void> {
  if (!isId(blockId)) return
  await payload.delete({ collection: 'blocks', where: { id: { equals: blockId }, blocker: { equals: blocker.id } }, overrideAccess: true })
}

export type BlockedMember = { blockId: Id; name: string; since: string }

/** Whom the member blocked, newest first, read with their own access. */
export async function listBlockedMembers(payload: Payload, blocker: User): Promise<BlockedMember[]> {
  const { docs } = await payload.find({
    collection: 'blocks',
    where: { blocker: { equals: blocker.id } },
    select: { blocked: true, createdAt: true },
    sort: '-createdAt',
    depth: 0,
    limit: 500,
    overrideAccess: false,
    user: blocker,
  })
  const names = await chosenNames(
    payload,
    docs.map((block) => idOf(block.blocked)!),
  )
  return docs.map((block) => ({ blockId: block.id, name: names.get(String(idOf(block.blocked))) ?? 'A former member', since: block.createdAt }))
}

/** Deleting an account lifts the blocks it made and the blocks against it. */
export const removeBlocksOfAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'blocks', where: { or: [{ blocker: { equals: id } }, { blocked: { equals: id } }] }, overrideAccess: true, req })
}
