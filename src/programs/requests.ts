import type { Payload, PayloadRequest } from 'payload'

import { idOf, isSameId } from '@/access'

import type { Program, ProgramMembership } from '../../payload-types'
import { agreementsOwedBy } from './agreements'
import type { ProgramSide } from './options'

/*
 * The rules of a request sent within a programme: both people are active members on their
 * sides, the mentee owes none of its agreements, the mentor has room in it, and the programme is
 * still running. Its reply-by time replaces the platform's 14 days.
 */

type Id = number | string
const day = 24 * 60 * 60 * 1000
/** The platform's reply-by time, for requests outside a programme (and programmes that set none). */
export const platformReplyWithinDays = 14

export type RequestProgram = Pick<Program, 'id' | 'name' | 'slug' | 'status' | 'capacityPerMentor' | 'replyWithinDays' | 'period'>
export type ProgramRefusal = { ok: false; status: 403 | 404 | 409; message: string }

const programSelect = { name: true, slug: true, status: true, capacityPerMentor: true, replyWithinDays: true, period: true } as const

/** How long the mentor has to answer a request in this programme (or outside any, with null). */
export function replyWindowMs(program: Pick<Program, 'replyWithinDays'> | null | undefined): number {
  return (program?.replyWithinDays || platformReplyWithinDays) * day
}

/** Whether the programme's mentoring is over: archived, or past its "mentoring until" date. */
export function mentoringHasEnded(program: Pick<Program, 'status' | 'period'>, now: Date = new Date()): boolean {
  if (program.status === 'archived') return true
  const ends = program.period?.mentoringEndsAt
  return ends != null && new Date(ends) < now
}

/** A member's active membership on one side of a programme, or null. */
export async function activeMembership(payload: Payload, program: Id, user: Id, side: ProgramSide, req?: PayloadRequest): Promise<ProgramMembership | null> {
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: { and: [{ program: { equals: program } }, { user: { equals: user } }, { side: { equals: side } }, { status: { equals: 'active' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Mentorships a mentor has running within the programme (accepted requests sent in it). */
export async function activeMentorshipsIn(payload: Payload, program: Id, mentor: Id, req?: PayloadRequest): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'mentorship-requests',
    where: { and: [{ program: { equals: program } }, { mentor: { equals: mentor } }, { status: { equals: 'accepted' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** Whether the mentor has reached the programme's mentees per mentor (never, when it sets none). */
export async function isFullIn(payload: Payload, program: RequestProgram, mentor: Id): Promise<boolean> {
  if (program.capacityPerMentor == null) return false
  return (await activeMentorshipsIn(payload, program.id, mentor)) >= program.capacityPerMentor
}

const refuse = (status: ProgramRefusal['status'], message: string): ProgramRefusal => ({ ok: false, status, message })

/** The page where a member accepts a programme's current agreements. */
export const agreementsPath = (program: Pick<Program, 'slug'>) => `/account/programs/${program.slug}/agreements`

/**
 * Checks a request a student wants to send within a programme (by its slug) to a mentor; the
 * programme when every rule holds, or why not in words the student can act on.
 */
export async function checkProgramRequest(
  payload: Payload,
  { student, mentor, mentorName, programSlug, now = new Date() }: { student: Id; mentor: Id; mentorName: string; programSlug: string; now?: Date },
): Promise<{ ok: true; program: RequestProgram } | ProgramRefusal> {
  const { docs } = await payload.find({
    collection: 'programs',
    where: { slug: { equals: programSlug } },
    select: programSelect,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const program = docs[0] as RequestProgram | undefined
  if (!program || program.status === 'draft') return refuse(404, 'This programme does not exist, or it is not open to members.')
  if (mentoringHasEnded(program, now))
    return refuse(409, `Mentoring in ${program.name} has ended, so it takes no new requests. You can still send a request outside it.`)
  if (isSameId(student, mentor)) return refuse(403, 'This is your own profile.')

  const [menteeMembership, mentorMembership] = await Promise.all([
    activeMembership(payload, program.id, student, 'mentee'),
    activeMembership(payload, program.id, mentor, 'mentor'),
  ])
  if (!menteeMembership) {
    return refuse(403, `You are not a mentee in ${program.name} yet. Join it from /programs/${program.slug}, or send your request outside the programme.`)
  }
  if (!mentorMembership) return refuse(403, `${mentorName} does not mentor in ${program.name}. You can send your request outside the programme.`)

  const owed = await agreementsOwedBy(payload, student, program.id, 'mentee')
  if (owed.length > 0) {
    const titles = owed.map((agreement) => `“${agreement.title}”`).join(', ')
    return refuse(
      403,
      `Before you send a request within ${program.name}, please accept its current ${owed.length === 1 ? 'agreement' : 'agreements'}: ${titles}. You can read and accept ${owed.length === 1 ? 'it' : 'them'} at ${agreementsPath(program)}.`,
    )
  }
  if (await isFullIn(payload, program, mentor)) {
    return refuse(
      409,
      `${mentorName} is mentoring as many people in ${program.name} as it allows. You can ask another mentor in the programme, or send your request outside it.`,
    )
  }
  return { ok: true, program }
}

export type SharedProgram = { slug: string; name: string }

/**
 * Programmes in which a student may send this mentor a request: both are active members on their
 * sides and the programme's mentoring is still running. For the request form's choice.
 */
export async function programsInCommon(payload: Payload, student: Id, mentor: Id, now: Date = new Date()): Promise<SharedProgram[]> {
  const memberships = async (user: Id, side: ProgramSide) => {
    const { docs } = await payload.find({
      collection: 'program-memberships',
      where: { and: [{ user: { equals: user } }, { side: { equals: side } }, { status: { equals: 'active' } }] },
      select: { program: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs.map((membership) => String(idOf(membership.program)))
  }
  const [asMentee, asMentor] = await Promise.all([memberships(student, 'mentee'), memberships(mentor, 'mentor')])
  const shared = asMentee.filter((program) => asMentor.includes(program))
  if (shared.length === 0) return []
  const { docs } = await payload.find({
    collection: 'programs',
    where: { and: [{ id: { in: shared } }, { status: { in: ['open', 'closed'] } }] },
    select: programSelect,
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.filter((program) => !mentoringHasEnded(program as RequestProgram, now)).map((program) => ({ slug: program.slug, name: program.name }))
}

/** The programme a request was sent in, for the pages that show it; null for a request outside any. */
export async function programOfRequest(payload: Payload, program: Id | Program | null | undefined): Promise<RequestProgram | null> {
  const id = idOf(program)
  if (id == null) return null
  return (await payload.findByID({
    collection: 'programs',
    id,
    select: programSelect,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as RequestProgram | null
}
