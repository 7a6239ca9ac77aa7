import type { Payload } from 'payload'

import { idOf, isSameId } from '@/access'
import { openStatuses } from '@/mentorship/topics'
import { agreementsOwedBy, type OwedAgreement } from '@/programs/agreements'
import { activeMentorshipsIn, activeMembership, agreementsPath } from '@/programs/requests'

import type { MentorshipRequest, Program, User } from '../../payload-types'

type ProgramSummary = Pick<Program, 'id' | 'name' | 'slug' | 'status' | 'contactEmail'>

export type MyProgramme = {
  membershipId: number | string
  program: ProgramSummary
  side: 'mentor' | 'mentee'
  status: 'confirming-email' | 'awaiting-approval' | 'active' | 'declined' | 'left' | 'removed'
  /** What staff wrote when they declined or removed the member: theirs to read. */
  statusReason: string | null
  joinedAt: string | null
  leftAt: string | null
  decidedAt: string | null
  hiddenFromListings: boolean
  /** Agreements of the programme the member has not accepted at their current version (active members only). */
  owed: OwedAgreement[]
  agreementsPath: string
  /** A mentor's mentorships running within the programme. */
  activeMentorships: number
}

/**
 * The member's programmes, on either side, current first. Read with their own access (the
 * collection lets a member read their own memberships, and the reason staff gave them).
 */
export async function listMyProgrammes(payload: Payload, member: User): Promise<MyProgramme[]> {
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: { user: { equals: member.id } },
    // The account too: the reason's field access compares it with the reader.
    select: {
      user: true,
      program: true,
      side: true,
      status: true,
      statusReason: true,
      joinedAt: true,
      leftAt: true,
      decidedAt: true,
      hiddenFromListings: true,
    },
    sort: '-createdAt',
    depth: 1,
    populate: { programs: { name: true, slug: true, status: true, contactEmail: true } },
    pagination: false,
    overrideAccess: false,
    user: member,
  })
  const programmes = await Promise.all(
    docs.map(async (membership): Promise<MyProgramme | null> => {
      const program = typeof membership.program === 'object' ? (membership.program as ProgramSummary) : null
      // A programme the member can no longer read (made a draft again) is left out rather than shown half.
      if (!program) return null
      const active = membership.status === 'active'
      const [owed, activeMentorships] = await Promise.all([
        active ? agreementsOwedBy(payload, member.id, program.id, membership.side) : [],
        active && membership.side === 'mentor' ? activeMentorshipsIn(payload, program.id, member.id) : 0,
      ])
      return {
        membershipId: membership.id,
        program,
        side: membership.side,
        status: membership.status,
        statusReason: membership.statusReason ?? null,
        joinedAt: membership.joinedAt ?? null,
        leftAt: membership.leftAt ?? null,
        decidedAt: membership.decidedAt ?? null,
        hiddenFromListings: membership.hiddenFromListings === true,
        owed,
        agreementsPath: agreementsPath(program),
        activeMentorships,
      }
    }),
  )
  const current = (entry: MyProgramme) => ['active', 'awaiting-approval', 'confirming-email'].includes(entry.status)
  return programmes.filter((entry): entry is MyProgramme => entry !== null).sort((left, right) => Number(current(right)) - Number(current(left)))
}

export type SharedAnswer = { question: string; answer: string }
export type RequestProgramme = { name: string; slug: string; sharedAnswers: SharedAnswer[] | null }

/**
 * The programme a request was sent in, for its page; null outside any. Its mentor also sees the
 * mentee's registration answers that the programme shares with mentors: only answers the mentee
 * gave to a question marked so then, and still marked so now (a question changed to shared later
 * does not reveal what was written under the earlier promise), only while the request waits or
 * runs, and only to the mentor of this request.
 */
export async function requestProgramme(payload: Payload, viewer: User, request: MentorshipRequest): Promise<RequestProgramme | null> {
  const programId = idOf(request.program)
  if (programId == null) return null
  const program = await payload.findByID({
    collection: 'programs',
    id: programId,
    select: { name: true, slug: true, questions: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!program) return null
  const forMentor = isSameId(request.mentor, viewer.id) && (openStatuses.includes(request.status) || request.status === 'accepted')
  if (!forMentor) return { name: program.name, slug: program.slug, sharedAnswers: null }
  // The answers are the member's and their programme staff's (field access); the checks above
  // make this mentor the one the mentee chose within the programme.
  const membership = await activeMembership(payload, program.id, idOf(request.student)!, 'mentee')
  const sharedQuestions = new Set((program.questions ?? []).filter((question) => question.shareWithMentor && question.id).map((question) => question.id!))
  const sharedAnswers = (membership?.answers ?? [])
    .filter((answer) => answer.shareWithMentor === true && sharedQuestions.has(answer.questionId) && answer.answer)
    .map((answer) => ({ question: answer.question, answer: answer.answer! }))
  return { name: program.name, slug: program.slug, sharedAnswers }
}
