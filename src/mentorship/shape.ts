import type { Payload, PayloadRequest, Where } from 'payload'

import { hasRole, idOf, isSameId, staffOrganizationOf } from '@/access'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/mentorship-shape'
import { takeFromLimit } from '@/limits'
import { inTransaction } from '@/lib/transaction'
import type { MeetingFrequency } from '@/matching/options'
import { fieldErrors } from '@/schemas/fields'
import { checkInSchema, closingFeedbackSchema, mentorAgreementSchema, studentAgreementSchema, worrySchema } from '@/schemas/mentorship-shape'

import type { MentorshipAgreement, MentorshipFeedback, MentorshipRequest, Program, User } from '../../payload-types'
import { chosenNames, emailAddressOf } from './requests'
import { defaultAgreementTemplate, type AgreementWay, type FeedbackMood } from './shape-options'

/*
 * A mentorship's shape, from acceptance to its end: the agreement both confirm, the check-ins
 * ("how is it going?") each side answers privately, the "I'm worried" flag to programme staff,
 * and the closing feedback. The collections are read models; every write goes through here,
 * with the platform's own checks first and overrideAccess after them.
 */

type Id = number | string
export type Side = 'student' | 'mentor'
export type Member = Pick<User, 'id'> & Partial<Pick<User, 'roles' | 'chosenName'>>
export type ShapeErrors = Partial<Record<'goals' | 'meetingFrequency' | 'how' | 'endsOn' | 'mood' | 'comment' | 'note' | 'rating' | 'form', string>>
export type ShapeRefusal = { ok: false; status: 400 | 403 | 404 | 409 | 429; errors: ShapeErrors }
export type ShapeOutcome<T = object> = ({ ok: true } & T) | ShapeRefusal

const day = 24 * 60 * 60 * 1000
const week = 7 * day
/** A check-in round left unanswered this long shows as "no check-in answered" to staff. */
export const checkInGraceMs = 7 * day
/** The closing feedback is asked for a day after the end, not in the same breath as the news. */
export const closingFeedbackDelayMs = day

const refuse = (status: ShapeRefusal['status'], form: string): ShapeRefusal => ({ ok: false, status, errors: { form } })
const notFound = () => refuse(404, 'This mentorship does not exist, or it is not yours to see.')

const sideOf = (member: Pick<User, 'id'>, request: MentorshipRequest): Side | null =>
  isSameId(request.student, member.id) ? 'student' : isSameId(request.mentor, member.id) ? 'mentor' : null
const otherSide = (side: Side): Side => (side === 'student' ? 'mentor' : 'student')
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

async function loadRequest(payload: Payload, id: Id, req?: PayloadRequest): Promise<MentorshipRequest | null> {
  if (!/^[0-9a-f]+$/i.test(String(id))) return null
  return payload.findByID({ collection: 'mentorship-requests', id, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/* ---------- The template and the agreement ---------- */

export type AgreementTemplate = { goalsPrompt: string; lengthWeeks: number; terms: string; checkInEveryWeeks: number }

/** A programme's agreement template, each empty field filled from the platform's. */
export function templateFrom(program: Pick<Program, 'agreementTemplate'> | null | undefined): AgreementTemplate {
  const own = program?.agreementTemplate
  return {
    goalsPrompt: own?.goalsPrompt?.trim() || defaultAgreementTemplate.goalsPrompt,
    lengthWeeks: own?.lengthWeeks || defaultAgreementTemplate.lengthWeeks,
    terms: own?.terms?.trim() || defaultAgreementTemplate.terms,
    checkInEveryWeeks: own?.checkInEveryWeeks || defaultAgreementTemplate.checkInEveryWeeks,
  }
}

/** The programme's agreement template (the platform's outside a programme). */
export async function agreementTemplateOf(payload: Payload, program: Id | null | undefined, req?: PayloadRequest): Promise<AgreementTemplate> {
  const found =
    program != null
      ? ((await payload.findByID({
          collection: 'programs',
          id: program,
          select: { agreementTemplate: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Pick<Program, 'agreementTemplate'> | null)
      : null
  return templateFrom(found)
}

/** When the mentorship started: its acceptance, or (for one accepted some other way) the agreement's creation. */
export const startedAt = (request: Pick<MentorshipRequest, 'respondedAt'>, agreement?: Pick<MentorshipAgreement, 'createdAt'> | null): Date =>
  new Date(request.respondedAt ?? agreement?.createdAt ?? Date.now())

const roundDueAt = (started: Date, everyWeeks: number, round: number) => new Date(started.getTime() + round * everyWeeks * week)
/** The latest check-in round due by `now` (0 before the first). */
export const dueRound = (started: Date, everyWeeks: number, now: Date) => Math.max(0, Math.floor((now.getTime() - started.getTime()) / (everyWeeks * week)))

async function findAgreement(payload: Payload, requestId: Id, req?: PayloadRequest): Promise<MentorshipAgreement | null> {
  const { docs } = await payload.find({
    collection: 'mentorship-agreements',
    where: { request: { equals: requestId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Gives a mentorship that has just been accepted its agreement, prefilled from the programme's
 * template (or the platform's), and queues its first check-in. Does nothing when it has one, so
 * a mentorship accepted before agreements existed gets one the first time it is looked at.
 */
export async function startMentorshipShape(payload: Payload, request: MentorshipRequest, now: Date, req?: PayloadRequest): Promise<MentorshipAgreement> {
  const existing = await findAgreement(payload, request.id, req)
  if (existing) return existing
  const program = idOf(request.program)
  const template = await agreementTemplateOf(payload, program, req)
  const started = request.respondedAt ? new Date(request.respondedAt) : now
  const agreement = await payload.create({
    collection: 'mentorship-agreements',
    data: {
      request: request.id as number,
      student: idOf(request.student) as number,
      mentor: idOf(request.mentor) as number,
      ...(program != null ? { program: program as number } : {}),
      goals: '',
      endsOn: new Date(started.getTime() + template.lengthWeeks * week).toISOString(),
      terms: template.terms,
      checkInEveryWeeks: template.checkInEveryWeeks,
    },
    overrideAccess: true,
    req,
  })
  const round = dueRound(started, template.checkInEveryWeeks, now) + 1
  await payload.jobs.queue({
    task: 'ask-for-check-in',
    input: { requestId: String(request.id), round },
    waitUntil: roundDueAt(started, template.checkInEveryWeeks, round),
    req,
  })
  return agreement
}

/**
 * Gives every accepted mentorship without an agreement its agreement and first check-in: those
 * accepted before agreements existed, which reading one no longer does (run once by the
 * migrations `*_shapes_for_accepted_mentorships`). Returns how many were started.
 */
export async function startMissingShapes(payload: Payload, req?: PayloadRequest, now: Date = new Date()): Promise<number> {
  let started = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'mentorship-requests',
      where: { status: { equals: 'accepted' } },
      sort: 'createdAt',
      depth: 0,
      limit: 200,
      page,
      overrideAccess: true,
      req,
    })
    const { docs: agreements } = await payload.find({
      collection: 'mentorship-agreements',
      where: { request: { in: docs.map((request) => request.id) } },
      select: { request: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const withAgreement = new Set(agreements.map((agreement) => String(idOf(agreement.request))))
    for (const request of docs) {
      if (withAgreement.has(String(request.id))) continue
      await startMentorshipShape(payload, request, now, req)
      started += 1
    }
    if (!hasNextPage) return started
  }
}

/** A day after a mentorship ends, both are asked for their closing feedback. */
export async function queueClosingFeedback(payload: Payload, request: MentorshipRequest, now: Date, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({
    task: 'ask-for-closing-feedback',
    input: { requestId: String(request.id) },
    waitUntil: new Date(now.getTime() + closingFeedbackDelayMs),
    req,
  })
}

export type AgreementInput = { goals?: string; meetingFrequency?: string; how?: string; endsOn?: string }
type AgreementValues = { goals?: string; meetingFrequency: MeetingFrequency; how: AgreementWay; endsOn: string }

/** Checks what one side typed into the agreement; the student writes the goals, both the practicalities. */
export function validateAgreement(side: Side, input: AgreementInput, now: Date): { errors: ShapeErrors; values: AgreementValues | null } {
  const parsed = side === 'student' ? studentAgreementSchema(now).safeParse(input) : mentorAgreementSchema(now).safeParse(input)
  if (!parsed.success) return { errors: fieldErrors<keyof ShapeErrors>(parsed.error), values: null }
  return { errors: {}, values: parsed.data as AgreementValues }
}

const confirmedField = (side: Side) => (side === 'student' ? 'studentConfirmedAt' : 'mentorConfirmedAt')

/**
 * One side saves the agreement and so confirms it. Only the student writes the goals (they are
 * in the student's words); either may set how often and how they meet and the end date. When
 * anything changed, the other side's confirmation is cleared and they are emailed to look again.
 */
export async function saveAgreement(
  payload: Payload,
  member: Member,
  requestId: Id,
  input: AgreementInput,
  now: Date = new Date(),
): Promise<ShapeOutcome<{ changed: boolean; bothConfirmed: boolean }>> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side) return notFound()
  if (request.status !== 'accepted') return refuse(409, 'Only an active mentorship’s agreement can be changed.')
  const { errors, values } = validateAgreement(side, input, now)
  if (!values) return { ok: false, status: 400, errors }

  const agreement = await startMentorshipShape(payload, request, now)
  const data: Partial<MentorshipAgreement> = {
    meetingFrequency: values.meetingFrequency,
    how: values.how,
    endsOn: new Date(`${values.endsOn}T12:00:00.000Z`).toISOString(),
    ...(side === 'student' ? { goals: values.goals ?? '' } : {}),
  }
  const changed =
    (side === 'student' && (agreement.goals ?? '') !== data.goals) ||
    agreement.meetingFrequency !== data.meetingFrequency ||
    agreement.how !== data.how ||
    (agreement.endsOn ? dayOf(new Date(agreement.endsOn)) : null) !== values.endsOn
  const other = otherSide(side)
  const otherConfirmed = !changed && Boolean(agreement[confirmedField(other)])
  const participants = { student: idOf(request.student)!, mentor: idOf(request.mentor)! }

  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'mentorship-agreements',
      id: agreement.id,
      data: { ...data, [confirmedField(side)]: now.toISOString(), ...(changed ? { [confirmedField(other)]: null } : {}) },
      overrideAccess: true,
      req,
    })
    // Only a change to what the other had confirmed asks them again; a first save with nothing confirmed yet tells them too.
    if (changed) {
      const names = await chosenNames(payload, [participants.student, participants.mentor], req)
      const address = await emailAddressOf(payload, participants[other], req)
      if (address) {
        await queueEmail(
          payload,
          {
            to: address,
            subject: emails.agreementChangedSubject(names.get(String(participants[side])) ?? 'The other person'),
            content: emails.agreementChangedMessage({
              requestId: request.id,
              name: names.get(String(participants[other])) ?? 'there',
              otherName: names.get(String(participants[side])) ?? 'The other person',
            }),
            purpose: 'mentorship-agreement-changed',
          },
          req,
        )
      }
    }
  })
  return { ok: true, changed, bothConfirmed: otherConfirmed }
}

/* ---------- What each side sees of the shape ---------- */

export type OwnAnswer = { round?: number | null; mood?: FeedbackMood | null; rating?: number | null; comment?: string | null; createdAt: string }

export type MentorshipShape = {
  side: Side
  otherName: string
  status: MentorshipRequest['status']
  agreement: {
    goals: string
    goalsPrompt: string
    meetingFrequency: MeetingFrequency | null
    how: AgreementWay | null
    endsOn: string | null
    terms: string
    checkInEveryWeeks: number
    confirmedByMe: string | null
    confirmedByOther: string | null
  } | null
  /** The round the viewer may answer now, or null. */
  checkInDue: number | null
  /** The viewer's own answers only: the other side's are never read here. */
  myCheckIns: OwnAnswer[]
  myWorries: OwnAnswer[]
  myClosingFeedback: OwnAnswer | null
  /** The viewer may give closing feedback now. */
  closingFeedbackDue: boolean
  /** Where a worry goes: the programme's name, or null for the platform's admins. */
  programName: string | null
}

/** The viewer's own feedback records of a mentorship, by kind. Read with the platform's access, filtered to the author. */
async function ownFeedback(payload: Payload, requestId: Id, authorId: Id, req?: PayloadRequest): Promise<MentorshipFeedback[]> {
  const { docs } = await payload.find({
    collection: 'mentorship-feedback',
    where: { and: [{ request: { equals: requestId } }, { author: { equals: authorId } }] },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

const ownAnswer = (doc: MentorshipFeedback): OwnAnswer => ({
  round: doc.round ?? null,
  mood: (doc.mood as FeedbackMood | null | undefined) ?? null,
  rating: doc.rating ?? null,
  comment: doc.comment ?? null,
  createdAt: doc.createdAt,
})

/**
 * The shape of a mentorship as one of its two people sees it: the agreement, what is due from
 * them, and only their own answers. Reading writes nothing: a mentorship accepted before
 * agreements existed shows the template's, which its first save creates (saveAgreement).
 */
export async function mentorshipShapeFor(payload: Payload, member: Member, requestId: Id, now: Date = new Date()): Promise<MentorshipShape | null> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side || (request.status !== 'accepted' && request.status !== 'ended')) return null
  const other = idOf(side === 'student' ? request.mentor : request.student)!
  const programId = idOf(request.program)
  const [agreement, names, own, program] = await Promise.all([
    findAgreement(payload, request.id),
    chosenNames(payload, [other]),
    ownFeedback(payload, request.id, member.id),
    programId != null
      ? (payload.findByID({
          collection: 'programs',
          id: programId,
          select: { name: true, agreementTemplate: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        }) as Promise<Pick<Program, 'name' | 'agreementTemplate'> | null>)
      : null,
  ])
  const template = templateFrom(program)
  const checkIns = own.filter((doc) => doc.kind === 'check-in')
  const closing = own.find((doc) => doc.kind === 'end') ?? null
  const everyWeeks = agreement?.checkInEveryWeeks || template.checkInEveryWeeks
  const round = request.status === 'accepted' ? dueRound(startedAt(request, agreement), everyWeeks, now) : 0
  const started = startedAt(request, agreement)
  return {
    side,
    otherName: names.get(String(other)) ?? 'The other person',
    status: request.status,
    agreement:
      agreement || request.status === 'accepted'
        ? {
            goals: agreement?.goals ?? '',
            goalsPrompt: template.goalsPrompt,
            meetingFrequency: (agreement?.meetingFrequency as MeetingFrequency | null | undefined) ?? null,
            how: (agreement?.how as AgreementWay | null | undefined) ?? null,
            endsOn: agreement ? (agreement.endsOn ?? null) : new Date(started.getTime() + template.lengthWeeks * week).toISOString(),
            terms: agreement?.terms || template.terms,
            checkInEveryWeeks: everyWeeks,
            confirmedByMe: agreement?.[confirmedField(side)] ?? null,
            confirmedByOther: agreement?.[confirmedField(otherSide(side))] ?? null,
          }
        : null,
    checkInDue: round > 0 && !checkIns.some((doc) => doc.round === round) ? round : null,
    myCheckIns: checkIns.map(ownAnswer),
    myWorries: own.filter((doc) => doc.kind === 'worry').map(ownAnswer),
    myClosingFeedback: closing ? ownAnswer(closing) : null,
    closingFeedbackDue: request.status === 'ended' && !closing,
    programName: program?.name ?? null,
  }
}

/* ---------- Check-ins ---------- */

export type CheckInInput = { round?: string | number; mood?: string; comment?: string }

/** One side answers "how is it going?" for the round that is due, once. The other side never reads it. */
export async function answerCheckIn(payload: Payload, member: Member, requestId: Id, input: CheckInInput, now: Date = new Date()): Promise<ShapeOutcome> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side) return notFound()
  if (request.status !== 'accepted') return refuse(409, 'Check-ins are for an active mentorship.')
  const parsed = checkInSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<keyof ShapeErrors>(parsed.error) }
  const agreement = await startMentorshipShape(payload, request, now)
  const round = dueRound(startedAt(request, agreement), agreement.checkInEveryWeeks || defaultAgreementTemplate.checkInEveryWeeks, now)
  if (round === 0) return refuse(409, 'The first check-in is not due yet.')
  if (input.round != null && String(input.round) !== String(round)) return refuse(409, 'That check-in has passed; answer the one that is due now.')
  const answered = await payload.count({
    collection: 'mentorship-feedback',
    where: { and: [{ request: { equals: request.id } }, { author: { equals: member.id } }, { kind: { equals: 'check-in' } }, { round: { equals: round } }] },
    overrideAccess: true,
  })
  if (answered.totalDocs > 0) return refuse(409, 'You have already answered this check-in. The next one comes in a few weeks.')
  await payload.create({
    collection: 'mentorship-feedback',
    data: {
      request: request.id,
      ...(idOf(request.program) != null ? { program: idOf(request.program) as number } : {}),
      author: member.id as number,
      side,
      kind: 'check-in',
      round,
      mood: parsed.data.mood,
      comment: parsed.data.comment || null,
    },
    overrideAccess: true,
  })
  return { ok: true }
}

/**
 * Job: a check-in round is due. Both are emailed "how is it going?", and the next round is
 * queued, while the mentorship is still accepted.
 */
export async function askForCheckIn(payload: Payload, requestId: Id, round: number, now: Date = new Date()): Promise<'asked' | 'nothing-to-do'> {
  const request = await loadRequest(payload, requestId)
  if (!request || request.status !== 'accepted') return 'nothing-to-do'
  const participants = { student: idOf(request.student)!, mentor: idOf(request.mentor)! }
  await inTransaction(payload, async (req) => {
    const agreement = await startMentorshipShape(payload, request, now, req)
    const everyWeeks = agreement.checkInEveryWeeks || defaultAgreementTemplate.checkInEveryWeeks
    const names = await chosenNames(payload, [participants.student, participants.mentor], req)
    for (const side of ['student', 'mentor'] as const) {
      const address = await emailAddressOf(payload, participants[side], req)
      if (!address) continue
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.checkInSubject(names.get(String(participants[otherSide(side)])) ?? 'your mentorship'),
          content: emails.checkInMessage({
            requestId: request.id,
            name: names.get(String(participants[side])) ?? 'there',
            otherName: names.get(String(participants[otherSide(side)])) ?? 'the other person',
          }),
          purpose: 'mentorship-check-in',
        },
        req,
      )
    }
    const next = round + 1
    await payload.jobs.queue({
      task: 'ask-for-check-in',
      input: { requestId: String(request.id), round: next },
      waitUntil: roundDueAt(startedAt(request, agreement), everyWeeks, next),
      req,
    })
  })
  return 'asked'
}

/* ---------- Worries ---------- */

/** Who reads a worry: the programme's contact address and its owning organisation's staff, or, outside a programme, the admins. */
async function worryReaders(payload: Payload, program: Pick<Program, 'contactEmail' | 'organization'> | null, req?: PayloadRequest): Promise<string[]> {
  const where: Where =
    program && idOf(program.organization) != null
      ? { and: [{ organization: { equals: idOf(program.organization) } }, { roles: { in: ['career-center-staff', 'company-representative'] } }] }
      : { roles: { in: ['admin'] } }
  const { docs } = await payload.find({
    collection: 'users',
    where,
    select: { email: true, roles: true, organization: true },
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
  })
  const staff = docs
    .filter((user) => (program && idOf(program.organization) != null ? staffOrganizationOf(user) != null : hasRole(user, 'admin')))
    .map((user) => user.email)
  return [...new Set([...(program?.contactEmail ? [program.contactEmail.toLowerCase()] : []), ...staff.map((address) => address.toLowerCase())])]
}

/**
 * "I'm worried": either side tells the programme's staff (or, outside a programme, the admins)
 * in confidence. The author is thanked; the other person is never told.
 */
export async function raiseWorry(payload: Payload, member: Member, requestId: Id, input: { note?: string }, from: { address: string }): Promise<ShapeOutcome> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side) return notFound()
  if (request.status !== 'accepted' && request.status !== 'ended') return refuse(409, 'Worries are for a mentorship that has started.')
  const parsed = worrySchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<keyof ShapeErrors>(parsed.error) }
  const tooMany = await takeFromLimit(payload, 'worry', { account: member.id, address: from.address })
  if (tooMany) return refuse(429, tooMany.message)

  const programId = idOf(request.program)
  const program =
    programId != null
      ? ((await payload.findByID({
          collection: 'programs',
          id: programId,
          select: { name: true, contactEmail: true, organization: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })) as Pick<Program, 'id' | 'name' | 'contactEmail' | 'organization'> | null)
      : null
  const readers = await worryReaders(payload, program)
  const names = await chosenNames(payload, [member.id])
  const authorName = names.get(String(member.id)) ?? 'there'
  await inTransaction(payload, async (req) => {
    await payload.create({
      collection: 'mentorship-feedback',
      data: {
        request: request.id,
        ...(program ? { program: program.id } : {}),
        author: member.id as number,
        side,
        kind: 'worry',
        comment: parsed.data.note,
      },
      overrideAccess: true,
      req,
    })
    for (const to of readers) {
      await queueEmail(
        payload,
        {
          to,
          subject: emails.worryNoticeSubject(program?.name ?? null),
          content: emails.worryNoticeMessage({ programName: program?.name ?? null, programId: program?.id ?? null, side }),
          purpose: 'mentorship-worry',
        },
        req,
      )
    }
    const address = await emailAddressOf(payload, member.id, req)
    if (address) {
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.worryAcknowledgementSubject(),
          content: emails.worryAcknowledgementMessage({ name: authorName, programName: program?.name ?? null, requestId: request.id }),
          purpose: 'mentorship-worry-acknowledgement',
        },
        req,
      )
    }
  })
  return { ok: true }
}

/** Programme staff (or an admin) mark a worry as taken up. */
export async function markWorryHandled(payload: Payload, viewer: User | null, worryId: Id, now: Date = new Date()): Promise<ShapeOutcome> {
  if (!viewer || !/^[0-9a-f]+$/i.test(String(worryId))) return refuse(404, 'This worry does not exist.')
  const worry = await payload.findByID({ collection: 'mentorship-feedback', id: worryId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!worry || worry.kind !== 'worry' || !(await isStaffOf(payload, viewer, worry.program))) return refuse(404, 'This worry does not exist.')
  if (worry.handledAt) return { ok: true }
  await payload.update({
    collection: 'mentorship-feedback',
    id: worry.id,
    data: { handledAt: now.toISOString(), handledBy: viewer.id },
    overrideAccess: true,
  })
  return { ok: true }
}

/** Whether the viewer runs this programme: admins all (and the mentorships outside any), staff their organisation's. */
export async function isStaffOf(payload: Payload, viewer: User | null, program: unknown): Promise<boolean> {
  if (!viewer) return false
  if (hasRole(viewer, 'admin')) return true
  const id = idOf(program as Id | null)
  const organization = staffOrganizationOf(viewer)
  if (id == null || organization == null) return false
  const found = await payload.findByID({ collection: 'programs', id, select: { organization: true }, depth: 0, overrideAccess: true, disableErrors: true })
  return Boolean(found && isSameId(found.organization as Id, organization))
}

/* ---------- Closing feedback ---------- */

/** Job: a day after a mentorship ended, both are asked how it went, unless they already said. */
export async function askForClosingFeedback(payload: Payload, requestId: Id): Promise<'asked' | 'nothing-to-do'> {
  const request = await loadRequest(payload, requestId)
  if (!request || request.status !== 'ended') return 'nothing-to-do'
  const participants = { student: idOf(request.student)!, mentor: idOf(request.mentor)! }
  const given = await payload.find({
    collection: 'mentorship-feedback',
    where: { and: [{ request: { equals: request.id } }, { kind: { equals: 'end' } }] },
    select: { side: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const names = await chosenNames(payload, [participants.student, participants.mentor])
  await inTransaction(payload, async (req) => {
    for (const side of ['student', 'mentor'] as const) {
      if (given.docs.some((doc) => doc.side === side)) continue
      const address = await emailAddressOf(payload, participants[side], req)
      if (!address) continue
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.closingFeedbackSubject(),
          content: emails.closingFeedbackMessage({
            requestId: request.id,
            name: names.get(String(participants[side])) ?? 'there',
            otherName: names.get(String(participants[otherSide(side)])) ?? 'the other person',
          }),
          purpose: 'mentorship-closing-feedback',
        },
        req,
      )
    }
  })
  return 'asked'
}

export type ClosingFeedbackInput = { rating?: string | number; comment?: string }

/** Each side rates an ended mentorship (1–5) with an optional comment, once. Staff and admins read it; the other side never does. */
export async function giveClosingFeedback(payload: Payload, member: Member, requestId: Id, input: ClosingFeedbackInput): Promise<ShapeOutcome> {
  const request = await loadRequest(payload, requestId)
  const side = request ? sideOf(member, request) : null
  if (!request || !side) return notFound()
  if (request.status !== 'ended') return refuse(409, 'Closing feedback is for a mentorship that has ended.')
  const parsed = closingFeedbackSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<keyof ShapeErrors>(parsed.error) }
  const given = await payload.count({
    collection: 'mentorship-feedback',
    where: { and: [{ request: { equals: request.id } }, { author: { equals: member.id } }, { kind: { equals: 'end' } }] },
    overrideAccess: true,
  })
  if (given.totalDocs > 0) return refuse(409, 'You have already given your feedback on this mentorship. Thank you.')
  await payload.create({
    collection: 'mentorship-feedback',
    data: {
      request: request.id,
      ...(idOf(request.program) != null ? { program: idOf(request.program) as number } : {}),
      author: member.id as number,
      side,
      kind: 'end',
      rating: parsed.data.rating,
      comment: parsed.data.comment || null,
    },
    overrideAccess: true,
  })
  return { ok: true }
}

/* ---------- What needs the member (the dashboard) ---------- */

export type ShapeTask = { requestId: Id; otherName: string; kind: 'confirm-agreement' | 'check-in' | 'closing-feedback' }

/** What the member's mentorships need from them now: an agreement to confirm, a check-in, closing feedback. */
export async function shapeTasksFor(payload: Payload, member: Member, now: Date = new Date()): Promise<ShapeTask[]> {
  const { docs: requests } = await payload.find({
    collection: 'mentorship-requests',
    where: {
      and: [
        { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
        {
          or: [
            { status: { equals: 'accepted' } },
            { and: [{ status: { equals: 'ended' } }, { closedAt: { greater_than: new Date(now.getTime() - 60 * day).toISOString() } }] },
          ],
        },
      ],
    },
    depth: 0,
    limit: 20,
    sort: '-updatedAt',
    overrideAccess: true,
  })
  if (requests.length === 0) return []
  // Everything else in four queries for all of them, whatever their number.
  const ids = requests.map((request) => request.id)
  const others = requests.map((request) => idOf(isSameId(request.student, member.id) ? request.mentor : request.student)!)
  const programIds = [...new Set(requests.flatMap((request) => (request.program != null ? [idOf(request.program)!] : [])))]
  const [{ docs: agreements }, { docs: own }, names, { docs: programs }] = await Promise.all([
    payload.find({
      collection: 'mentorship-agreements',
      where: { request: { in: ids } },
      select: { request: true, createdAt: true, checkInEveryWeeks: true, studentConfirmedAt: true, mentorConfirmedAt: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'mentorship-feedback',
      where: { and: [{ request: { in: ids } }, { author: { equals: member.id } }] },
      select: { request: true, kind: true, round: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    chosenNames(payload, others),
    programIds.length > 0
      ? payload.find({
          collection: 'programs',
          where: { id: { in: programIds } },
          select: { agreementTemplate: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      : { docs: [] as Pick<Program, 'id' | 'agreementTemplate'>[] },
  ])
  const agreementOf = new Map(agreements.map((agreement) => [String(idOf(agreement.request)), agreement]))
  const programOf = new Map(programs.map((program) => [String(program.id), program]))
  const tasks: ShapeTask[] = []
  requests.forEach((request, at) => {
    const side = sideOf(member, request)!
    const agreement = agreementOf.get(String(request.id))
    const mine = own.filter((doc) => isSameId(doc.request, request.id))
    const base = { requestId: request.id, otherName: names.get(String(others[at])) ?? 'The other person' }
    if (request.status === 'accepted') {
      // No agreement yet counts as one to confirm: the first save creates it.
      if (!agreement?.[confirmedField(side)]) tasks.push({ ...base, kind: 'confirm-agreement' })
      const everyWeeks = agreement?.checkInEveryWeeks || templateFrom(programOf.get(String(idOf(request.program)))).checkInEveryWeeks
      const round = dueRound(startedAt(request, agreement), everyWeeks, now)
      if (round > 0 && !mine.some((doc) => doc.kind === 'check-in' && doc.round === round)) tasks.push({ ...base, kind: 'check-in' })
    } else if (!mine.some((doc) => doc.kind === 'end')) tasks.push({ ...base, kind: 'closing-feedback' })
  })
  return tasks
}
