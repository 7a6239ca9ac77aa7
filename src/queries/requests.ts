import type { Payload } from 'payload'

import { idOf, isSameId } from '@/access'
import { blockBetween } from '@/blocks/lookup'
import { chosenNames } from '@/mentorship/requests'
import { conversationStatuses, openStatuses, type RequestStatus } from '@/mentorship/topics'

import type { MentorshipRequest, User } from '../../payload-types'

export const requestsPerPage = 20

export type RequestSummary = {
  id: number | string
  status: RequestStatus
  helpWith: string
  otherName: string
  createdAt: string
  lastMessageAt: string | null
  /** Messages to this member they have not opened yet. */
  unread: number
}

/**
 * A member's requests, received (as a Mentor or Connector) or sent (as a Career Candidate),
 * waiting ones first and then the most recently active. Read with the member's own access.
 */
export async function listRequests(payload: Payload, member: User, box: 'received' | 'sent', page = 1) {
  const result = await payload.find({
    collection: 'mentorship-requests',
    where: box === 'received' ? { mentor: { equals: member.id } } : { student: { equals: member.id } },
    select: { status: true, helpWith: true, student: true, mentor: true, createdAt: true, lastMessageAt: true },
    sort: ['-updatedAt'],
    depth: 0,
    limit: requestsPerPage,
    page,
    overrideAccess: false,
    user: member,
  })
  const others = result.docs.map((request) => idOf(box === 'received' ? request.student : request.mentor)!)
  const [names, unread] = await Promise.all([
    chosenNames(payload, others),
    unreadByRequest(
      payload,
      member,
      result.docs.map((request) => request.id),
    ),
  ])
  const summaries: RequestSummary[] = result.docs.map((request, index) => ({
    id: request.id,
    status: request.status,
    helpWith: request.helpWith,
    otherName: names.get(String(others[index])) ?? 'A former member',
    createdAt: request.createdAt,
    lastMessageAt: request.lastMessageAt ?? null,
    unread: unread.get(String(request.id)) ?? 0,
  }))
  // Requests that wait on someone come first on the page.
  summaries.sort((left, right) => Number(openStatuses.includes(right.status)) - Number(openStatuses.includes(left.status)))
  return { requests: summaries, page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** For each of these requests, how many messages to the member are still unread (absent: none). */
async function unreadByRequest(payload: Payload, member: User, requestIds: (number | string)[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (requestIds.length === 0) return counts
  const { docs } = await payload.find({
    collection: 'request-messages',
    // A never-written readAt is absent on MongoDB and null on SQLite: either is unread.
    where: {
      and: [{ recipient: { equals: member.id } }, { or: [{ readAt: { exists: false } }, { readAt: { equals: null } }] }, { request: { in: requestIds } }],
    },
    select: { request: true },
    depth: 0,
    pagination: false,
    // readAt's read rule needs the document to decide, so Payload refuses it in a query made with
    // the member's access; the where itself keeps this to the member's own messages on requests
    // already read with their access.
    overrideAccess: true,
  })
  for (const message of docs) {
    const key = String(idOf(message.request))
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** How many requests wait for this mentor's answer: for the account page. */
export async function countWaitingRequests(payload: Payload, member: User): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'mentorship-requests',
    where: { mentor: { equals: member.id }, status: { equals: 'pending' } },
    overrideAccess: false,
    user: member,
  })
  return totalDocs
}

export type RequestThread = {
  request: MentorshipRequest
  viewerIs: 'student' | 'mentor'
  studentName: string
  mentorName: string
  mentorProfileSlug: string | null
  /** `unread`: sent to the viewer and not opened before this reading. */
  messages: { id: number | string; body: string; fromViewer: boolean; authorName: string; createdAt: string; unread: boolean }[]
  canWrite: boolean
  /** A block between the two: `by-me` the viewer blocked the other, `by-them` the other blocked the viewer (the page must not show it). */
  block: 'by-me' | 'by-them' | null
}

/** One request and its conversation, if the member is one of its two participants; otherwise null. */
export async function getRequestThread(payload: Payload, member: User, id: string): Promise<RequestThread | null> {
  if (!/^[0-9a-f]+$/i.test(id)) return null
  const request = await payload.findByID({ collection: 'mentorship-requests', id, depth: 0, overrideAccess: false, user: member, disableErrors: true })
  if (!request) return null
  const viewerIs = isSameId(request.student, member.id) ? 'student' : isSameId(request.mentor, member.id) ? 'mentor' : null
  // Admins can read every request, but this page is for the two participants only.
  if (!viewerIs) return null
  const other = viewerIs === 'student' ? idOf(request.mentor)! : idOf(request.student)!
  const [{ docs: messages }, names, profile, block] = await Promise.all([
    payload.find({
      collection: 'request-messages',
      where: { request: { equals: request.id } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: member,
    }),
    chosenNames(payload, [idOf(request.student)!, idOf(request.mentor)!]),
    request.profile
      ? payload.findByID({
          collection: 'mentor-profiles',
          id: idOf(request.profile)!,
          select: { slug: true },
          depth: 0,
          overrideAccess: false,
          user: member,
          disableErrors: true,
        })
      : null,
    blockBetween(payload, member.id, other),
  ])
  return {
    request,
    viewerIs,
    studentName: names.get(String(idOf(request.student))) ?? 'A former member',
    mentorName: names.get(String(idOf(request.mentor))) ?? 'A former member',
    mentorProfileSlug: profile?.slug ?? null,
    messages: messages.map((message) => ({
      id: message.id,
      body: message.body,
      fromViewer: isSameId(message.author, member.id),
      authorName: names.get(String(idOf(message.author))) ?? 'A former member',
      createdAt: message.createdAt,
      unread: isSameId(message.recipient, member.id) && !message.readAt,
    })),
    canWrite: conversationStatuses.includes(request.status) && block === null,
    block,
  }
}

/** The student's request to this mentor that still waits, if any: the profile links to it instead of the form. */
export async function openRequestTo(payload: Payload, student: User, mentorId: number | string): Promise<number | string | null> {
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: student.id }, mentor: { equals: mentorId }, status: { in: [...openStatuses, 'accepted'] } },
    select: { status: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: student,
  })
  return docs[0]?.id ?? null
}

/** The account behind a directory profile, for server-side checks only: never rendered. */
export async function accountOfProfile(payload: Payload, profileId: number | string): Promise<number | string | null> {
  const profile = await payload.findByID({
    collection: 'mentor-profiles',
    id: profileId,
    select: { user: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return profile ? idOf(profile.user) : null
}
