import type { Payload, PayloadRequest, Where } from 'payload'

import { policiesOwedBy, policyGateMessage } from '@/accounts/policy-gate'
import { hasRole, idOf, isSameId } from '@/access'
import { blockBetween } from '@/blocks/lookup'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/mentorship'
import { takeFromLimit, type LimitKeys } from '@/limits'
import { inTransaction } from '@/lib/transaction'
import { checkProgramRequest, isFullIn, programOfRequest, replyWindowMs } from '@/programs/requests'
import { fieldErrors } from '@/schemas/fields'
import { answerNoteSchema, mentorshipRequestSchema, requestMessageSchema } from '@/schemas/mentorship'

import type { MentorshipRequest, User } from '../../payload-types'
import { openStatuses, conversationStatuses, type HelpTopic } from './topics'

const day = 24 * 60 * 60 * 1000
/** A pending request gets a reminder to the mentor after a week and expires after two. */
export const reminderAfterMs = 7 * day
export const expiryAfterMs = 14 * day
/** Requests a student may have waiting at once: enough to ask around, not enough to spam. */
export const openRequestsPerStudent = 5

export type Member = Pick<User, 'id' | 'roles'> & Partial<Pick<User, 'chosenName' | '_verified'>>
/** `program`: the slug of a programme both belong to, to send the request within it (its rules apply). */
export type RequestInput = { helpWith: string; message: string; preferredTimes?: string; program?: string }
export type RequestErrors = Partial<Record<'helpWith' | 'message' | 'preferredTimes' | 'note' | 'body' | 'form', string>>
export type Refusal = { ok: false; status: 400 | 403 | 404 | 409 | 429; errors: RequestErrors }
export type Outcome<T = object> = ({ ok: true } & T) | Refusal

const refuse = (status: Refusal['status'], form: string): Refusal => ({ ok: false, status, errors: { form } })
const notFound = () => refuse(404, 'This request does not exist, or it is not yours to see.')

async function limited(payload: Payload, name: 'request' | 'message', keys: LimitKeys): Promise<Refusal | null> {
  const tooMany = await takeFromLimit(payload, name, keys)
  return tooMany ? refuse(429, tooMany.message) : null
}

/**
 * Cancels what is still booked in a mentorship that closed. Loaded when needed: the meetings module
 * builds on this one (names, addresses), so a static import both ways would be a cycle.
 */
async function cancelMeetingsOf(payload: Payload, requestId: number | string, note: string, now: Date, req: PayloadRequest): Promise<void> {
  const { cancelMeetingsOfRequest } = await import('@/meetings/book')
  await cancelMeetingsOfRequest(payload, requestId, note, now, req)
}

/** Chosen names for the given accounts: the only names the platform ever shows. */
export async function chosenNames(payload: Payload, ids: (number | string)[], req?: PayloadRequest): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids.map(String))] } },
    select: { chosenName: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.chosenName]))
}

/** The account's sign-in address, for the outbox only: never shown to the other side. */
export async function emailAddressOf(payload: Payload, id: number | string, req?: PayloadRequest): Promise<string | null> {
  const user = await payload.findByID({ collection: 'users', id, select: { email: true }, depth: 0, overrideAccess: true, disableErrors: true, req })
  return user?.email ?? null
}

async function loadRequest(payload: Payload, id: number | string, req?: PayloadRequest): Promise<MentorshipRequest | null> {
  if (!/^[0-9a-f]+$/i.test(String(id))) return null
  return payload.findByID({ collection: 'mentorship-requests', id, depth: 0, overrideAccess: true, disableErrors: true, req })
}

const participantsOf = (request: MentorshipRequest) => ({ student: idOf(request.student)!, mentor: idOf(request.mentor)! })

/** Checks what a request's sender typed; the errors name each field. */
export function validateRequestInput(input: RequestInput): { errors: RequestErrors; values: { helpWith: HelpTopic; message: string; preferredTimes: string } } {
  const parsed = mentorshipRequestSchema.safeParse(input)
  if (parsed.success) return { errors: {}, values: parsed.data }
  return {
    errors: fieldErrors<keyof RequestErrors>(parsed.error),
    values: { helpWith: input.helpWith as HelpTopic, message: input.message, preferredTimes: input.preferredTimes ?? '' },
  }
}

/** Why this member cannot send requests at all, or null when they can. */
export async function whyCannotRequest(payload: Payload, student: Member): Promise<string | null> {
  if (!hasRole(student, 'career-candidate')) return 'Only Career Candidates can send mentorship requests.'
  if (!student._verified) return 'Please confirm your email address first, with the link we sent when you joined.'
  const owed = await policiesOwedBy(payload, student)
  if (owed.length > 0) return policyGateMessage(owed)
  return null
}

/**
 * A Career Candidate asks a Mentor or Connector for help. The request and both emails (the
 * notice to the mentor, the confirmation to the student) are stored in one transaction, and the
 * reminder and expiry are scheduled on the jobs queue with it.
 */
export async function sendMentorshipRequest(
  payload: Payload,
  student: Member,
  profileSlug: string,
  input: RequestInput,
  from: { address: string },
  now: Date = new Date(),
): Promise<Outcome<{ requestId: number | string }>> {
  const blocked = await whyCannotRequest(payload, student)
  if (blocked) return refuse(403, blocked)

  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { slug: { equals: profileSlug } },
    select: { user: true, displayName: true, availability: true, paused: true, pausedUntil: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const profile = docs[0]
  if (!profile) return refuse(404, 'This Mentor or Connector is no longer in the directory.')
  const mentorId = idOf(profile.user)!
  if (isSameId(mentorId, student.id)) return refuse(400, 'This is your own profile.')
  // A block either way stops requests. The blocked student is not told why: only that this
  // person does not take requests from them, which is true.
  const block = await blockBetween(payload, student.id, mentorId)
  if (block === 'by-them') return refuse(403, `${profile.displayName} isn’t taking requests from you.`)
  if (block === 'by-me') return refuse(403, `You blocked ${profile.displayName}. Unblock them from your account to send a request.`)
  if (profile.paused && (!profile.pausedUntil || new Date(profile.pausedUntil) > now)) {
    return refuse(409, `${profile.displayName} has paused their involvement and is not taking requests for now.`)
  }
  if (profile.availability === 'full') return refuse(409, `${profile.displayName} is full for now and is not taking new requests.`)

  // Sent within a programme, its rules apply too; without one, nothing changes.
  let program: { id: number; name: string } | null = null
  let replyWithin = expiryAfterMs
  if (input.program) {
    const checked = await checkProgramRequest(payload, {
      student: student.id,
      mentor: mentorId,
      mentorName: profile.displayName,
      programSlug: input.program,
      now,
    })
    if (!checked.ok) return refuse(checked.status, checked.message)
    program = checked.program
    replyWithin = replyWindowMs(checked.program)
  }

  const open = await payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: student.id }, status: { in: openStatuses } },
    select: { mentor: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (open.docs.some((request) => isSameId(request.mentor, mentorId))) {
    return refuse(409, `You already have a request with ${profile.displayName} waiting. You can follow it from your requests.`)
  }
  if (open.docs.length >= openRequestsPerStudent) {
    return refuse(409, `You have ${open.docs.length} requests waiting for an answer. Withdraw one, or wait for an answer, before asking someone else.`)
  }

  const { errors, values } = validateRequestInput(input)
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors }

  const tooMany = await limited(payload, 'request', { account: student.id, address: from.address })
  if (tooMany) return tooMany

  const names = await chosenNames(payload, [student.id, mentorId])
  const studentName = names.get(String(student.id)) ?? 'A student'
  const mentorName = names.get(String(mentorId)) ?? profile.displayName
  const requestId = await inTransaction(payload, async (req) => {
    const request = await payload.create({
      collection: 'mentorship-requests',
      data: {
        student: student.id as number,
        mentor: mentorId as number,
        profile: profile.id,
        ...(program ? { program: program.id } : {}),
        ...values,
        status: 'pending',
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + replyWithin).toISOString(),
      },
      overrideAccess: true,
      req,
    })
    const mentorAddress = await emailAddressOf(payload, mentorId, req)
    const studentAddress = await emailAddressOf(payload, student.id, req)
    if (mentorAddress) {
      await queueEmail(
        payload,
        {
          to: mentorAddress,
          subject: emails.requestNoticeSubject(studentName),
          content: emails.requestNoticeMessage(request, studentName, mentorName, program?.name),
          purpose: 'request-notice',
        },
        req,
      )
    }
    if (studentAddress) {
      await queueEmail(
        payload,
        {
          to: studentAddress,
          subject: emails.requestConfirmationSubject(mentorName),
          content: emails.requestConfirmationMessage(request, studentName, mentorName, program?.name),
          purpose: 'request-confirmation',
        },
        req,
      )
    }
    const input = { requestId: String(request.id) }
    // The reminder comes halfway to the expiry: a week of the platform's two, or of a programme's own time.
    await payload.jobs.queue({ task: 'remind-about-request', input, waitUntil: new Date(now.getTime() + replyWithin / 2), req })
    await payload.jobs.queue({ task: 'expire-request', input, waitUntil: new Date(now.getTime() + replyWithin), req })
    return request.id
  })
  return { ok: true, requestId }
}

/**
 * Counts the mentor's accepted requests into their profile, and marks the profile full when
 * they reach their capacity (and open again when a mentorship ends, if capacity had filled it).
 */
export async function refreshMentorLoad(payload: Payload, mentorId: number | string, req: PayloadRequest): Promise<void> {
  const active = await payload.count({
    collection: 'mentorship-requests',
    where: { mentor: { equals: mentorId }, status: { equals: 'accepted' } },
    overrideAccess: true,
    req,
  })
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: mentorId } },
    select: { capacity: true, availability: true, activeMentees: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const profile = docs[0]
  if (!profile) return
  const data: { activeMentees: number; availability?: 'open' | 'full' } = { activeMentees: active.totalDocs }
  if (active.totalDocs >= profile.capacity) data.availability = 'full'
  else if (profile.availability === 'full' && (profile.activeMentees ?? 0) >= profile.capacity) data.availability = 'open'
  await payload.update({ collection: 'mentor-profiles', id: profile.id, data, overrideAccess: true, req })
}

export type MentorAnswer = 'accept' | 'decline' | 'ask'

/** The Mentor or Connector answers a request that is waiting: accept, decline (with an optional note) or ask a question. */
export async function answerRequest(
  payload: Payload,
  mentor: Member,
  id: number | string,
  answer: MentorAnswer,
  note: string = '',
  now: Date = new Date(),
): Promise<Outcome> {
  const request = await loadRequest(payload, id)
  if (!request || !isSameId(request.mentor, mentor.id)) return notFound()
  if (!openStatuses.includes(request.status)) return refuse(409, 'This request is no longer waiting for an answer.')
  const parsedNote = answerNoteSchema(answer === 'ask').safeParse(note ?? '')
  if (!parsedNote.success) return { ok: false, status: 400, errors: { note: parsedNote.error.issues[0].message } }
  const text = parsedNote.data
  const { student } = participantsOf(request)

  if (answer === 'accept') {
    const [active, profile] = await Promise.all([
      payload.count({ collection: 'mentorship-requests', where: { mentor: { equals: mentor.id }, status: { equals: 'accepted' } }, overrideAccess: true }),
      payload.find({
        collection: 'mentor-profiles',
        where: { user: { equals: mentor.id } },
        select: { capacity: true },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      }),
    ])
    const capacity = profile.docs[0]?.capacity
    if (capacity != null && active.totalDocs >= capacity) {
      return refuse(
        409,
        `You already have ${active.totalDocs} active mentees, the most you set on your profile. End a mentorship that is over, or raise your limit on your directory profile, before accepting.`,
      )
    }
    const program = await programOfRequest(payload, request.program)
    if (program && (await isFullIn(payload, program, mentor.id))) {
      return refuse(409, `You are mentoring as many people in ${program.name} as it allows. End a mentorship in it that is over before accepting.`)
    }
  }

  const status = answer === 'accept' ? 'accepted' : answer === 'ask' ? 'more-info' : 'declined'
  const names = await chosenNames(payload, [student, mentor.id])
  const studentName = names.get(String(student)) ?? 'there'
  const mentorName = names.get(String(mentor.id)) ?? 'Your mentor'
  await inTransaction(payload, async (req) => {
    const updated = await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: {
        status,
        statusNote: answer === 'ask' ? null : text || null,
        respondedAt: request.respondedAt ?? now.toISOString(),
        closedAt: status === 'declined' ? now.toISOString() : null,
        closedBy: status === 'declined' ? 'mentor' : null,
        ...(answer === 'ask' ? { lastMessageAt: now.toISOString() } : {}),
      },
      overrideAccess: true,
      req,
    })
    if (answer === 'ask') {
      await payload.create({
        collection: 'request-messages',
        data: { request: request.id, author: mentor.id as number, recipient: student as number, body: text },
        overrideAccess: true,
        req,
      })
    }
    if (answer === 'accept') await refreshMentorLoad(payload, mentor.id, req)
    const address = await emailAddressOf(payload, student, req)
    if (address) {
      const outcome = status as emails.Outcome
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.outcomeSubject(outcome, mentorName),
          content: emails.outcomeMessage(outcome, updated, studentName, mentorName, text || null),
          purpose: `request-${status}`,
        },
        req,
      )
    }
  })
  return { ok: true }
}

/** The student takes back a request that is still waiting. */
export async function withdrawRequest(payload: Payload, student: Member, id: number | string, now: Date = new Date()): Promise<Outcome> {
  const request = await loadRequest(payload, id)
  if (!request || !isSameId(request.student, student.id)) return notFound()
  if (!openStatuses.includes(request.status)) return refuse(409, 'Only a request that is still waiting can be withdrawn.')
  const { mentor } = participantsOf(request)
  const names = await chosenNames(payload, [student.id, mentor])
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: { status: 'withdrawn', closedAt: now.toISOString(), closedBy: 'student' },
      overrideAccess: true,
      req,
    })
    const address = await emailAddressOf(payload, mentor, req)
    const studentName = names.get(String(student.id)) ?? 'The student'
    if (address) {
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.withdrawnSubject(studentName),
          content: emails.withdrawnMessage(request, studentName, names.get(String(mentor)) ?? 'there'),
          purpose: 'request-withdrawn',
        },
        req,
      )
    }
  })
  return { ok: true }
}

/** Either side marks an accepted mentorship as over, which frees the mentor's place. */
export async function endMentorship(payload: Payload, member: Member, id: number | string, now: Date = new Date()): Promise<Outcome> {
  const request = await loadRequest(payload, id)
  const participants = request ? participantsOf(request) : null
  if (!request || !participants || (!isSameId(participants.student, member.id) && !isSameId(participants.mentor, member.id))) return notFound()
  if (request.status !== 'accepted') return refuse(409, 'Only an accepted mentorship can be ended.')
  const other = isSameId(participants.student, member.id) ? participants.mentor : participants.student
  const names = await chosenNames(payload, [member.id, other])
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: { status: 'ended', closedAt: now.toISOString(), closedBy: isSameId(participants.student, member.id) ? 'student' : 'mentor' },
      overrideAccess: true,
      req,
    })
    await refreshMentorLoad(payload, participants.mentor, req)
    await cancelMeetingsOf(payload, request.id, 'The mentorship was ended, so this meeting is cancelled.', now, req)
    const address = await emailAddressOf(payload, other, req)
    const name = names.get(String(member.id)) ?? 'The other person'
    if (address)
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.endedSubject(name),
          content: emails.endedMessage(request, names.get(String(other)) ?? 'there', name),
          purpose: 'request-ended',
        },
        req,
      )
  })
  return { ok: true }
}

/** A message on an accepted request (or one where more information was asked); the other side is emailed. */
export async function sendRequestMessage(
  payload: Payload,
  author: Member,
  id: number | string,
  body: string,
  from: { address: string },
  now: Date = new Date(),
): Promise<Outcome<{ messageId: number | string }>> {
  const request = await loadRequest(payload, id)
  const participants = request ? participantsOf(request) : null
  if (!request || !participants || (!isSameId(participants.student, author.id) && !isSameId(participants.mentor, author.id))) return notFound()
  if (!conversationStatuses.includes(request.status)) {
    return refuse(409, request.status === 'pending' ? 'You can write here once the request is accepted.' : 'This conversation is closed.')
  }
  const recipient = isSameId(participants.student, author.id) ? participants.mentor : participants.student
  const block = await blockBetween(payload, author.id, recipient)
  if (block === 'by-them') return refuse(403, 'This conversation is closed to new messages.')
  if (block === 'by-me') return refuse(403, 'You blocked this person. Unblock them from your account to write again.')
  const parsedBody = requestMessageSchema.safeParse(body ?? '')
  if (!parsedBody.success) return { ok: false, status: 400, errors: { body: parsedBody.error.issues[0].message } }
  const text = parsedBody.data
  const tooMany = await limited(payload, 'message', { account: author.id, address: from.address })
  if (tooMany) return tooMany

  const names = await chosenNames(payload, [author.id, recipient])
  const messageId = await inTransaction(payload, async (req) => {
    const message = await payload.create({
      collection: 'request-messages',
      data: { request: request.id, author: author.id as number, recipient: recipient as number, body: text },
      overrideAccess: true,
      req,
    })
    await payload.update({ collection: 'mentorship-requests', id: request.id, data: { lastMessageAt: now.toISOString() }, overrideAccess: true, req })
    const address = await emailAddressOf(payload, recipient, req)
    const authorName = names.get(String(author.id)) ?? 'Someone'
    if (address) {
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.newMessageSubject(authorName),
          content: emails.newMessageMessage(request, names.get(String(recipient)) ?? 'there', authorName, text),
          purpose: 'request-message',
        },
        req,
      )
    }
    return message.id
  })
  return { ok: true, messageId }
}

/**
 * Closes requests on the platform's behalf, each with the note its student reads: waiting ones
 * are declined, accepted ones ended. Inside the caller's transaction; whoever calls it tells the
 * students (pausing, leaving the mentors group, leaving a programme each say it their own way).
 */
export async function closeRequestsKindly(
  payload: Payload,
  requests: MentorshipRequest[],
  note: (request: MentorshipRequest) => string,
  now: Date,
  req: PayloadRequest,
): Promise<void> {
  for (const request of requests) {
    await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: { status: request.status === 'accepted' ? 'ended' : 'declined', statusNote: note(request), closedAt: now.toISOString(), closedBy: 'platform' },
      overrideAccess: true,
      req,
    })
    await cancelMeetingsOf(payload, request.id, note(request), now, req)
  }
  const mentors = new Map(requests.map((request) => [String(idOf(request.mentor)), idOf(request.mentor)!]))
  for (const mentor of mentors.values()) await refreshMentorLoad(payload, mentor, req)
}

/**
 * When a Mentor or Connector pauses, their waiting requests are declined with a kind note; when
 * they leave the mentors group, their active mentorships end too. Each student is emailed.
 */
export async function closeRequestsOfMentor(payload: Payload, mentorId: number | string, reason: 'paused' | 'left', now: Date = new Date()): Promise<number> {
  const statuses = reason === 'left' ? [...openStatuses, 'accepted'] : openStatuses
  const where: Where = { mentor: { equals: mentorId }, status: { in: statuses } }
  const { docs } = await payload.find({ collection: 'mentorship-requests', where, depth: 0, pagination: false, overrideAccess: true })
  if (docs.length === 0) return 0
  const names = await chosenNames(payload, [mentorId, ...docs.map((request) => idOf(request.student)!)])
  const mentorName = names.get(String(mentorId)) ?? 'Your mentor'
  const note =
    reason === 'paused'
      ? `${mentorName} has paused their involvement for now, so this request is closed. It is about their time, not about you.`
      : `${mentorName} has left the mentors group, so this is closed.`
  await inTransaction(payload, async (req) => {
    for (const request of docs) {
      const wasActive = request.status === 'accepted'
      const student = idOf(request.student)!
      const address = await emailAddressOf(payload, student, req)
      if (address) {
        await queueEmail(
          payload,
          {
            to: address,
            subject: emails.closedByMentorSubject(mentorName, reason),
            content: emails.closedByMentorMessage(request, names.get(String(student)) ?? 'there', mentorName, reason, wasActive),
            purpose: `request-closed-${reason}`,
          },
          req,
        )
      }
    }
    await closeRequestsKindly(payload, docs, () => note, now, req)
  })
  return docs.length
}

/** Job: a week on, a request still waiting gets one reminder to the mentor. */
export async function remindAboutRequest(payload: Payload, id: number | string, now: Date = new Date()): Promise<'reminded' | 'nothing-to-do'> {
  const request = await loadRequest(payload, id)
  if (!request || request.status !== 'pending' || request.remindedAt) return 'nothing-to-do'
  // A request already due to expire gets the expiry notice instead. (Both jobs can run in the
  // same batch; Payload writes the whole record, so a late reminder would undo the expiry.)
  if (request.expiresAt && new Date(request.expiresAt) <= now) return 'nothing-to-do'
  const { student, mentor } = participantsOf(request)
  // No nudge about someone on the other side of a block; the request still expires as usual.
  if (await blockBetween(payload, mentor, student)) return 'nothing-to-do'
  const names = await chosenNames(payload, [student, mentor])
  await inTransaction(payload, async (req) => {
    await payload.update({ collection: 'mentorship-requests', id: request.id, data: { remindedAt: now.toISOString() }, overrideAccess: true, req })
    const address = await emailAddressOf(payload, mentor, req)
    const studentName = names.get(String(student)) ?? 'A student'
    if (address) {
      await queueEmail(
        payload,
        {
          to: address,
          subject: emails.reminderSubject(studentName),
          content: emails.reminderMessage(request, studentName, names.get(String(mentor)) ?? 'there'),
          purpose: 'request-reminder',
        },
        req,
      )
    }
  })
  return 'reminded'
}

/** Job: two weeks on, a request still waiting expires, and both sides are told. */
export async function expireRequest(payload: Payload, id: number | string, now: Date = new Date()): Promise<'expired' | 'nothing-to-do'> {
  const request = await loadRequest(payload, id)
  if (!request || request.status !== 'pending') return 'nothing-to-do'
  if (request.expiresAt && new Date(request.expiresAt) > now) return 'nothing-to-do'
  const { student, mentor } = participantsOf(request)
  const names = await chosenNames(payload, [student, mentor])
  const studentName = names.get(String(student)) ?? 'A student'
  const mentorName = names.get(String(mentor)) ?? 'The mentor'
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'mentorship-requests',
      id: request.id,
      data: { status: 'expired', closedAt: now.toISOString(), closedBy: 'platform' },
      overrideAccess: true,
      req,
    })
    for (const [to, name, other, forStudent] of [
      [student, studentName, mentorName, true],
      [mentor, mentorName, studentName, false],
    ] as const) {
      const address = await emailAddressOf(payload, to, req)
      if (address)
        await queueEmail(
          payload,
          { to: address, subject: emails.expiredSubject(other), content: emails.expiredMessage(request, name, other, forStudent), purpose: 'request-expired' },
          req,
        )
    }
  })
  return 'expired'
}
