import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/program-leaving'
import { chosenNames, closeRequestsKindly, emailAddressOf, refreshMentorLoad } from '@/mentorship/requests'
import { openStatuses } from '@/mentorship/topics'

import type { MentorshipRequest, ProgramMembership } from '../../payload-types'

type Id = number | string

export type WindDown = {
  /** Who ends the membership: the member leaving, or programme staff removing them. */
  by: 'member' | 'staff'
  /**
   * A leaving mentor's own words to their mentees. Only a member's note is passed on: the reason
   * staff give for a removal is the removed member's alone, and is never sent to anyone else.
   */
  note?: string | null
  /** The caller's transaction: the emails and the closed requests are stored with its change, or none are. */
  req: PayloadRequest
  now?: Date
}

export type WindDownResult = { told: number; closed: number }

/**
 * What ending a programme membership does to the requests sent within that programme (the
 * caller records the membership's own status):
 * - a mentor: each active mentee in the programme is emailed first, then those mentorships end
 *   and the requests still waiting on them are declined with a kind note (closed by the platform);
 * - a mentee: their requests in the programme are withdrawn (or ended, if accepted) and each
 *   mentor is told.
 * Requests outside the programme are untouched.
 */
export async function windDownMembership(
  payload: Payload,
  membership: Pick<ProgramMembership, 'program' | 'user' | 'side'>,
  { by, note, req, now = new Date() }: WindDown,
): Promise<WindDownResult> {
  const programId = idOf(membership.program)
  const memberId = idOf(membership.user)
  if (programId == null || memberId == null) return { told: 0, closed: 0 }
  const program = await payload.findByID({ collection: 'programs', id: programId, select: { name: true, slug: true }, depth: 0, overrideAccess: true, req })
  const { docs: requests } = await payload.find({
    collection: 'mentorship-requests',
    where: {
      and: [
        { program: { equals: programId } },
        { [membership.side === 'mentor' ? 'mentor' : 'student']: { equals: memberId } },
        { status: { in: [...openStatuses, 'accepted'] } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (requests.length === 0) return { told: 0, closed: 0 }
  const byStaff = by === 'staff'
  const context = { program: { name: program.name, slug: program.slug ?? '' }, byStaff }
  return membership.side === 'mentor'
    ? windDownMentor(payload, memberId, requests, { ...context, note: byStaff ? null : note?.trim() || null, now, req })
    : windDownMentee(payload, memberId, requests, { ...context, now, req })
}

type Context = { program: { name: string; slug: string }; byStaff: boolean; now: Date; req: PayloadRequest }

async function windDownMentor(
  payload: Payload,
  mentorId: Id,
  requests: MentorshipRequest[],
  { program, byStaff, note, now, req }: Context & { note: string | null },
): Promise<WindDownResult> {
  const names = await chosenNames(payload, [mentorId, ...requests.map((request) => idOf(request.student)!)], req)
  const mentorName = names.get(String(mentorId)) ?? 'Your mentor'
  const leaving = byStaff ? `${mentorName} is no longer part of ${program.name}` : `${mentorName} is leaving ${program.name}`
  // Active mentees first, then those still waiting: everyone is told before anything closes.
  const ordered = [...requests.filter((request) => request.status === 'accepted'), ...requests.filter((request) => request.status !== 'accepted')]
  for (const request of ordered) {
    const student = idOf(request.student)!
    const address = await emailAddressOf(payload, student, req)
    if (!address) continue
    const studentName = names.get(String(student)) ?? 'there'
    await queueEmail(
      payload,
      request.status === 'accepted'
        ? {
            to: address,
            subject: emails.mentorLeavingSubject(mentorName, program, byStaff),
            content: emails.mentorLeavingMessage({ menteeName: studentName, mentorName, program, note, byStaff }),
            purpose: 'program-mentor-leaving',
          }
        : {
            to: address,
            subject: emails.requestClosedSubject(mentorName),
            content: emails.requestClosedMessage({ studentName, mentorName, program, byStaff }),
            purpose: 'program-request-closed',
          },
      req,
    )
  }
  await closeRequestsKindly(
    payload,
    requests,
    (request) =>
      request.status === 'accepted'
        ? `${leaving}, so this mentorship has ended. Thank you for the time you spent together.`
        : `${leaving}, so this request is closed. It is about their plans, not about you.`,
    now,
    req,
  )
  return { told: requests.length, closed: requests.length }
}

async function windDownMentee(
  payload: Payload,
  studentId: Id,
  requests: MentorshipRequest[],
  { program, byStaff, now, req }: Context,
): Promise<WindDownResult> {
  const names = await chosenNames(payload, [studentId, ...requests.map((request) => idOf(request.mentor)!)], req)
  const menteeName = names.get(String(studentId)) ?? 'Your mentee'
  const mentors = new Map<string, Id>()
  for (const request of requests) {
    const wasActive = request.status === 'accepted'
    await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: { status: wasActive ? 'ended' : 'withdrawn', closedAt: now.toISOString(), closedBy: byStaff ? 'platform' : 'student' },
      overrideAccess: true,
      req,
    })
    const mentor = idOf(request.mentor)!
    mentors.set(String(mentor), mentor)
    const address = await emailAddressOf(payload, mentor, req)
    if (address) {
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.menteeLeftSubject(menteeName, program, byStaff),
          content: emails.menteeLeftMessage({
            mentorName: names.get(String(mentor)) ?? 'there',
            menteeName,
            program,
            byStaff,
            wasActive,
            requestId: request.id,
          }),
          purpose: 'program-mentee-left',
        },
        req,
      )
    }
  }
  for (const mentor of mentors.values()) await refreshMentorLoad(payload, mentor, req)
  return { told: mentors.size, closed: requests.length }
}
