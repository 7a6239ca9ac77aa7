import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerRequest, sendMentorshipRequest, type RequestInput } from '@/mentorship/requests'
import { inTransaction } from '@/lib/transaction'
import { leaveProgram, windDownMembership } from '@/programs/leaving'

import type { MentorProfile, Program, ProgramMembership, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { readEmail, startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Leaving a programme: a mentor's mentees in it hear it first, by email, and only then do their
 * mentorships and waiting requests in it close; whatever happens outside the programme is left as
 * it was. A mentee leaving withdraws their requests in it; staff removing someone does the same
 * through windDownMembership, inside their own transaction.
 */

type Side = 'mentor' | 'mentee'
type Id = number | string

let payload: Payload
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let serial = 0
let address = 0
const from = () => ({ address: `192.0.2.${(address += 1) % 250}` })
const ask = (program?: string): RequestInput => ({
  helpWith: 'career-direction',
  message: 'I am choosing between research and industry and would value an honest conversation about both.',
  ...(program ? { program } : {}),
})

async function newProgram(): Promise<Program> {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: { name: `Lakeside Mentors ${serial}`, slug: `leaving-programme-${serial}`, status: 'open', summary: 'Mentoring for Lakeside students.' } as never,
    overrideAccess: true,
  })
}
const join = (program: Program, user: User, side: Side, status = 'active') =>
  payload.create({
    collection: 'program-memberships',
    data: { program: program.id, user: user.id, memberName: user.chosenName, side, status } as never,
    overrideAccess: true,
  }) as Promise<ProgramMembership>

let mentorSerial = 0
const newMentor = async (): Promise<{ user: User; profile: MentorProfile }> => {
  mentorSerial += 1
  const listed = await listMember(payload, { name: `Leaving Mentor ${mentorSerial}`, lastActiveAt: new Date().toISOString() })
  await payload.update({ collection: 'mentor-profiles', id: listed.profile.id, data: { capacity: 10 }, overrideAccess: true })
  return listed
}
const newStudent = async () => (await createUser(payload, ['career-candidate'])) as User
const requestById = (id: Id) => payload.findByID({ collection: 'mentorship-requests', id, overrideAccess: true, depth: 0 })
const membershipById = (id: Id) => payload.findByID({ collection: 'program-memberships', id, overrideAccess: true, depth: 0 })
const outbox = async (to?: string) =>
  (
    await payload.find({
      collection: 'emails',
      where: to ? { to: { equals: to } } : {},
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs
async function send(student: User, profile: MentorProfile, program?: Program) {
  const result = await sendMentorshipRequest(payload, student, profile.slug, ask(program?.slug), from())
  if (!result.ok) throw new Error(`The request was refused: ${JSON.stringify(result.errors)}`)
  return result.requestId
}
async function accepted(student: User, mentor: { user: User; profile: MentorProfile }, program?: Program) {
  const id = await send(student, mentor.profile, program)
  expect(await answerRequest(payload, mentor.user, id, 'accept')).toEqual({ ok: true })
  return id
}
/** The emails each address got after `since` (an outbox length), in the order the outbox stored them. */
const newSince = async (since: number) => (await outbox()).slice(since)

beforeAll(async () => {
  mailbox = await startMailbox()
  payload = await startTestPayload({ SMTP_URL: mailbox.url, RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
})
afterAll(async () => {
  await stopTestPayload(payload)
  await mailbox?.close()
})

describe('a mentor leaving a programme', () => {
  it('tells each active mentee in it first, with the note, then ends those mentorships and closes waiting requests kindly', async () => {
    const program = await newProgram()
    const elsewhere = await newProgram()
    const mentor = await newMentor()
    const [first, second, waiting, outsideActive, outsideWaiting, otherProgramme] = await Promise.all(Array.from({ length: 6 }, () => newStudent()))
    const membership = await join(program, mentor.user, 'mentor')
    const elsewhereMembership = await join(elsewhere, mentor.user, 'mentor')
    for (const student of [first, second, waiting]) await join(program, student, 'mentee')
    await join(elsewhere, otherProgramme, 'mentee')

    const firstId = await accepted(first, mentor, program)
    const secondId = await accepted(second, mentor, program)
    const waitingId = await send(waiting, mentor.profile, program)
    const outsideActiveId = await accepted(outsideActive, mentor)
    const outsideWaitingId = await send(outsideWaiting, mentor.profile)
    const otherProgrammeId = await accepted(otherProgramme, mentor, elsewhere)
    await payload.jobs.run({ queue: 'email', limit: 200 })
    const before = (await outbox()).length
    const receivedBefore = mailbox.received.length

    const note = 'I am moving abroad for work. It was a joy to meet you both: keep going!'
    expect(await leaveProgram(payload, mentor.user, { membership: String(membership.id), note, confirmed: true })).toEqual({
      ok: true,
      programSlug: program.slug,
      told: 3,
    })

    // The outbox: the two active mentees first, then the student still waiting; nobody else.
    const sent = await newSince(before)
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [first.email, `${mentor.user.chosenName} is leaving ${program.name}`],
      [second.email, `${mentor.user.chosenName} is leaving ${program.name}`],
      [waiting.email, `Your request to ${mentor.user.chosenName} is closed`],
    ])
    // Each email is stored before its request closes.
    for (const [email, id] of [
      [sent[0], firstId],
      [sent[1], secondId],
      [sent[2], waitingId],
    ] as const) {
      const request = await requestById(id)
      expect(Date.parse(email.createdAt)).toBeLessThanOrEqual(Date.parse(request.updatedAt))
    }
    expect(sent[0].text).toContain(`${mentor.user.chosenName} asked us to pass this on:`)
    expect(sent[0].text).toContain(note)
    expect(sent[0].text).toContain('What happens next: you stay a member')
    expect(sent[0].html).toContain(`/mentors?program=${program.slug}`)
    expect(sent[2].text).not.toContain(note)
    for (const email of sent) expect(email.html).not.toContain(mentor.user.email)

    // The requests in the programme close; the rest stay as they were.
    expect(await requestById(firstId)).toMatchObject({
      status: 'ended',
      closedBy: 'platform',
      statusNote: `${mentor.user.chosenName} is leaving ${program.name}, so this mentorship has ended. Thank you for the time you spent together.`,
    })
    expect(await requestById(secondId)).toMatchObject({ status: 'ended', closedBy: 'platform' })
    expect(await requestById(waitingId)).toMatchObject({
      status: 'declined',
      closedBy: 'platform',
      statusNote: `${mentor.user.chosenName} is leaving ${program.name}, so this request is closed. It is about their plans, not about you.`,
    })
    expect(await requestById(outsideActiveId)).toMatchObject({ status: 'accepted' })
    expect(await requestById(outsideWaitingId)).toMatchObject({ status: 'pending' })
    expect(await requestById(otherProgrammeId)).toMatchObject({ status: 'accepted' })
    // Two mentorships remain, counted on the profile.
    expect((await payload.findByID({ collection: 'mentor-profiles', id: mentor.profile.id, overrideAccess: true })).activeMentees).toBe(2)

    const left = await membershipById(membership.id)
    expect(left.status).toBe('left')
    expect(Date.parse(left.leftAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect((await membershipById(elsewhereMembership.id)).status).toBe('active')

    // The inbox: the same three, each once (the outbox sends them in parallel, after the change is stored).
    await payload.jobs.run({ queue: 'email', limit: 200 })
    for (const student of [first, second, waiting]) await mailbox.waitFor(student.email)
    const delivered = mailbox.received.slice(receivedBefore)
    expect(delivered.map((email) => email.to[0]).sort()).toEqual([first.email, second.email, waiting.email].sort())
    const { text } = await readEmail(delivered.find((email) => email.to[0] === first.email)!)
    expect(text).toContain(note)
    expect(text).toContain(`Find a mentor in ${program.name}`)
  })

  it('asks for the confirmation, keeps the note short, and only lets the member leave their own membership once', async () => {
    const program = await newProgram()
    const mentor = await newMentor()
    const student = await newStudent()
    const membership = await join(program, mentor.user, 'mentor')
    await join(program, student, 'mentee')
    const id = await accepted(student, mentor, program)
    const before = (await outbox()).length

    expect(await leaveProgram(payload, mentor.user, { membership: String(membership.id), confirmed: false })).toEqual({
      ok: false,
      status: 400,
      errors: { confirmed: 'Tick the box to confirm that you want to leave the programme.' },
    })
    expect(await leaveProgram(payload, mentor.user, { membership: String(membership.id), note: 'x'.repeat(1001), confirmed: true })).toEqual({
      ok: false,
      status: 400,
      errors: { note: 'Keep your note to 1,000 characters (it has 1001).' },
    })
    expect(await leaveProgram(payload, student, { membership: String(membership.id), confirmed: true })).toMatchObject({ ok: false, status: 404 })
    expect((await membershipById(membership.id)).status).toBe('active')
    expect((await requestById(id)).status).toBe('accepted')
    expect((await outbox()).length).toBe(before)

    expect(await leaveProgram(payload, mentor.user, { membership: String(membership.id), confirmed: true })).toMatchObject({ ok: true })
    expect(await leaveProgram(payload, mentor.user, { membership: String(membership.id), confirmed: true })).toEqual({
      ok: false,
      status: 409,
      errors: { form: 'You are no longer a member of this programme.' },
    })
  })

  it('lets someone still waiting for approval leave, with nothing to tell anyone', async () => {
    const program = await newProgram()
    const student = await newStudent()
    const membership = await join(program, student, 'mentee', 'awaiting-approval')
    const before = (await outbox()).length
    expect(await leaveProgram(payload, student, { membership: String(membership.id), confirmed: true })).toEqual({
      ok: true,
      programSlug: program.slug,
      told: 0,
    })
    expect((await membershipById(membership.id)).status).toBe('left')
    expect((await outbox()).length).toBe(before)
  })
})

describe('a mentee leaving a programme', () => {
  it('withdraws their requests in it and tells each mentor, leaving requests outside it alone', async () => {
    const program = await newProgram()
    const [waitingMentor, activeMentor, outsideMentor] = await Promise.all([newMentor(), newMentor(), newMentor()])
    const student = await newStudent()
    const membership = await join(program, student, 'mentee')
    for (const mentor of [waitingMentor, activeMentor]) await join(program, mentor.user, 'mentor')
    const waitingId = await send(student, waitingMentor.profile, program)
    const activeId = await accepted(student, activeMentor, program)
    const outsideId = await send(student, outsideMentor.profile)
    const before = (await outbox()).length

    expect(await leaveProgram(payload, student, { membership: String(membership.id), confirmed: true })).toMatchObject({ ok: true, told: 2 })

    expect(await requestById(waitingId)).toMatchObject({ status: 'withdrawn', closedBy: 'student' })
    expect(await requestById(activeId)).toMatchObject({ status: 'ended', closedBy: 'student' })
    expect(await requestById(outsideId)).toMatchObject({ status: 'pending' })
    const sent = await newSince(before)
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [waitingMentor.user.email, `${student.chosenName} has left ${program.name}`],
      [activeMentor.user.email, `${student.chosenName} has left ${program.name}`],
    ])
    expect(sent[0].text).toContain('so their request to you is withdrawn')
    expect(sent[1].text).toContain('so your mentorship with them in the programme has ended')
    expect((await membershipById(membership.id)).status).toBe('left')
  })
})

describe('programme staff removing a member (windDownMembership in their transaction)', () => {
  it('tells the mentees without passing on the staff’s reason, and closes the requests with the removal', async () => {
    const program = await newProgram()
    const mentor = await newMentor()
    const student = await newStudent()
    const membership = await join(program, mentor.user, 'mentor')
    await join(program, student, 'mentee')
    const id = await accepted(student, mentor, program)
    const before = (await outbox()).length
    const reason = 'Removed after a conduct report about messages sent to a mentee.'

    await inTransaction(payload, async (req) => {
      await payload.update({
        collection: 'program-memberships',
        id: membership.id,
        data: { status: 'removed', statusReason: reason },
        overrideAccess: true,
        req,
      })
      await windDownMembership(payload, membership, { by: 'staff', note: reason, req })
    })

    expect(await requestById(id)).toMatchObject({ status: 'ended', closedBy: 'platform' })
    const [told] = (await newSince(before)).filter((email) => email.to === student.email)
    expect(told.subject).toBe(`${mentor.user.chosenName} is no longer part of ${program.name}`)
    expect(told.text).not.toContain(reason)
    expect(told.text).not.toContain('conduct')
  })
})
