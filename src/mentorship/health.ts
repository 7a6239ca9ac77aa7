import type { Payload } from 'payload'

import { idOf, isSameId } from '@/access'
import type { MeetingFrequency } from '@/matching/options'

import type { MentorshipFeedback, MentorshipRequest, Program, User } from '../../payload-types'
import { chosenNames } from './requests'
import { checkInGraceMs, dueRound, isStaffOf, startedAt, type Side } from './shape'
import { defaultAgreementTemplate, type FeedbackMood } from './shape-options'

/*
 * The health of a programme's mentorships, for its staff and admins (the admin view in
 * src/components/admin/program-health): which need attention (a check-in left unanswered, a
 * worry raised, an end date passed), and what both sides said when one ended. Chosen names,
 * dates, moods and what members wrote to staff only: never an address or an identity field.
 */

type Id = number | string

export type SideHealth = {
  confirmedAt: string | null
  lastCheckIn: { round: number; mood: FeedbackMood | null; at: string } | null
  /** A round due at least a week ago that this side has not answered. */
  noCheckIn: boolean
}

export type OpenWorry = { id: Id; side: Side; note: string; raisedAt: string }

export type MentorshipHealth = {
  requestId: Id
  menteeName: string
  mentorName: string
  startedAt: string
  endsOn: string | null
  frequency: MeetingFrequency | null
  student: SideHealth
  mentor: SideHealth
  openWorries: OpenWorry[]
  overdue: boolean
  needsAttention: boolean
}

export type ClosingFeedbackRow = {
  requestId: Id
  menteeName: string
  mentorName: string
  endedAt: string | null
  student: { rating: number | null; comment: string | null } | null
  mentor: { rating: number | null; comment: string | null } | null
}

export type ProgramHealth = {
  program: { id: Id; name: string }
  counts: { active: number; needingAttention: number; noCheckIn: number; openWorries: number; overdue: number }
  mentorships: MentorshipHealth[]
  ended: ClosingFeedbackRow[]
}

/**
 * A programme's mentorships and their health, for its staff and admins; null for anyone else
 * (and for a programme that does not exist), so the view says "not found" the same way.
 */
export async function programHealth(payload: Payload, programId: Id, viewer: User | null, now: Date = new Date()): Promise<ProgramHealth | null> {
  if (!/^[0-9a-f]+$/i.test(String(programId)) || !(await isStaffOf(payload, viewer, programId))) return null
  const program = (await payload.findByID({
    collection: 'programs',
    id: programId,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Pick<Program, 'id' | 'name'> | null
  if (!program) return null

  const inProgram = { program: { equals: program.id } }
  const [active, ended, agreements, feedback] = await Promise.all([
    payload.find({
      collection: 'mentorship-requests',
      where: { and: [inProgram, { status: { equals: 'accepted' } }] },
      select: { student: true, mentor: true, respondedAt: true, status: true },
      sort: 'respondedAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'mentorship-requests',
      where: { and: [inProgram, { status: { equals: 'ended' } }] },
      select: { student: true, mentor: true, closedAt: true },
      sort: '-closedAt',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    }),
    payload.find({ collection: 'mentorship-agreements', where: inProgram, depth: 0, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'mentorship-feedback', where: inProgram, sort: '-createdAt', depth: 0, pagination: false, overrideAccess: true }),
  ])
  const people = [...active.docs, ...ended.docs].flatMap((request) => [idOf(request.student)!, idOf(request.mentor)!])
  const names = await chosenNames(payload, people)
  const nameOf = (id: unknown) => names.get(String(idOf(id as Id))) ?? 'A former member'
  const agreementOf = (request: Pick<MentorshipRequest, 'id'>) => agreements.docs.find((agreement) => isSameId(agreement.request as Id, request.id)) ?? null
  const feedbackOf = (request: Pick<MentorshipRequest, 'id'>) => feedback.docs.filter((doc) => isSameId(doc.request as Id, request.id))

  const mentorships = active.docs.map((request) => {
    const agreement = agreementOf(request)
    const own = feedbackOf(request)
    const started = startedAt(request as MentorshipRequest, agreement)
    const everyWeeks = agreement?.checkInEveryWeeks || defaultAgreementTemplate.checkInEveryWeeks
    // The latest round that has been due for a week or more: a side with no answer to it (or a later one) has gone quiet.
    const overdueRound = dueRound(started, everyWeeks, new Date(now.getTime() - checkInGraceMs))
    const sideHealth = (side: Side, confirmedAt: string | null | undefined): SideHealth => {
      const checkIns = own.filter((doc) => doc.kind === 'check-in' && doc.side === side)
      const last = checkIns.reduce<MentorshipFeedback | null>((latest, doc) => ((doc.round ?? 0) > (latest?.round ?? 0) ? doc : latest), null)
      return {
        confirmedAt: confirmedAt ?? null,
        lastCheckIn: last ? { round: last.round ?? 0, mood: (last.mood as FeedbackMood | null | undefined) ?? null, at: last.createdAt } : null,
        noCheckIn: overdueRound > 0 && (last?.round ?? 0) < overdueRound,
      }
    }
    const student = sideHealth('student', agreement?.studentConfirmedAt)
    const mentor = sideHealth('mentor', agreement?.mentorConfirmedAt)
    const openWorries = own
      .filter((doc) => doc.kind === 'worry' && !doc.handledAt)
      .map((doc) => ({ id: doc.id, side: doc.side as Side, note: doc.comment ?? '', raisedAt: doc.createdAt }))
    const overdue = Boolean(agreement?.endsOn && agreement.endsOn.slice(0, 10) < now.toISOString().slice(0, 10))
    return {
      requestId: request.id,
      menteeName: nameOf(request.student),
      mentorName: nameOf(request.mentor),
      startedAt: started.toISOString(),
      endsOn: agreement?.endsOn ?? null,
      frequency: (agreement?.meetingFrequency as MeetingFrequency | null | undefined) ?? null,
      student,
      mentor,
      openWorries,
      overdue,
      needsAttention: student.noCheckIn || mentor.noCheckIn || openWorries.length > 0 || overdue,
    } satisfies MentorshipHealth
  })
  // Those needing attention first, a worry before anything else; otherwise the oldest first.
  const weight = (row: MentorshipHealth) => (row.openWorries.length > 0 ? 0 : row.needsAttention ? 1 : 2)
  mentorships.sort((a, b) => weight(a) - weight(b))

  const endedRows = ended.docs
    .map((request) => {
      const closing = feedbackOf(request).filter((doc) => doc.kind === 'end')
      const of = (side: Side) => {
        const doc = closing.find((each) => each.side === side)
        return doc ? { rating: doc.rating ?? null, comment: doc.comment ?? null } : null
      }
      return {
        requestId: request.id,
        menteeName: nameOf(request.student),
        mentorName: nameOf(request.mentor),
        endedAt: request.closedAt ?? null,
        student: of('student'),
        mentor: of('mentor'),
      }
    })
    .filter((row) => row.student || row.mentor)

  return {
    program: { id: program.id, name: program.name },
    counts: {
      active: mentorships.length,
      needingAttention: mentorships.filter((row) => row.needsAttention).length,
      noCheckIn: mentorships.filter((row) => row.student.noCheckIn || row.mentor.noCheckIn).length,
      openWorries: mentorships.reduce((sum, row) => sum + row.openWorries.length, 0),
      overdue: mentorships.filter((row) => row.overdue).length,
    },
    mentorships,
    ended: endedRows,
  }
}
