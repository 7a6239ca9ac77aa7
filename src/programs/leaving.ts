import type { Payload, PayloadRequest } from 'payload'

import { idOf, isSameId } from '@/access'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/program-leaving'
import { chosenNames, closeRequestsKindly, emailAddressOf, refreshMentorLoad } from '@/mentorship/requests'
import { openStatuses } from '@/mentorship/topics'
import { inTransaction } from '@/lib/transaction'
import { fieldErrors } from '@/schemas/fields'
import { leaveProgramSchema } from '@/schemas/program-leaving'

import type { MentorshipRequest, ProgramMembership, User } from '../../payload-types'
import { currentMembershipStatuses } from './options'

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
    sort: 'createdAt',
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

export type LeaveOutcome =
  { ok: true; programSlug: string; told: number } | { ok: false; status: 400 | 404 | 409; errors: Partial<Record<'note' | 'confirmed' | 'form', string>> }

/**
 * A member leaves a programme from their account, after confirming. An active mentor's mentees
 * in it are told first (with the note, if any), then their requests in it close; the membership
 * shows as left, with the date. A member still on the way in (confirming an address, waiting for
 * approval) simply leaves. Everything is stored in one transaction.
 */
export async function leaveProgram(
  payload: Payload,
  member: Pick<User, 'id'>,
  input: { membership: string; note?: string; confirmed: boolean },
  now: Date = new Date(),
): Promise<LeaveOutcome> {
  const parsed = leaveProgramSchema.safeParse({ ...input, note: input.note ?? '' })
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<'note' | 'confirmed' | 'form'>(parsed.error) }
  const membership = await payload.findByID({
    collection: 'program-memberships',
    id: parsed.data.membership,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!membership || !isSameId(membership.user, member.id)) {
    return { ok: false, status: 404, errors: { form: 'This programme membership is not yours, or no longer exists.' } }
  }
  if (!currentMembershipStatuses.includes(membership.status))
    return { ok: false, status: 409, errors: { form: 'You are no longer a member of this programme.' } }
  if (!parsed.data.confirmed) {
    return { ok: false, status: 400, errors: { confirmed: 'Tick the box to confirm that you want to leave the programme.' } }
  }
  const program = await payload.findByID({ collection: 'programs', id: idOf(membership.program)!, select: { slug: true }, depth: 0, overrideAccess: true })
  const told = await inTransaction(payload, async (req) => {
    const result =
      membership.status === 'active' ? await windDownMembership(payload, membership, { by: 'member', note: parsed.data.note, req, now }) : { told: 0 }
    await payload.update({
      collection: 'program-memberships',
      id: membership.id,
      data: { status: 'left', leftAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    return result.told
  })
  return { ok: true, programSlug: program.slug, told }
}
