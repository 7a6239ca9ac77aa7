import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitingIn } from '@/components/admin/programs/ApprovalQueue'
import { validationIssues } from '@/lib/errors'

import type { Organization, Program, ProgramMembership, User } from '../../payload-types'
import { readEmail, startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('Programme staff approve, decline and remove members', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let lakeside: Organization
  let northwind: Organization
  let program: Program
  let otherProgram: Program
  let staff: User
  let otherStaff: User
  let admin: User

  const rejection = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error, 'expected the operation to be refused').toBeInstanceOf(Error)
    return error as Error & { status?: number }
  }

  /** A member placed in a programme as joining would leave them (the platform writes memberships). */
  const member = async (status: ProgramMembership['status'], inProgram: Program = program, side: ProgramMembership['side'] = 'mentee') => {
    const user = (await createUser(payload, [side === 'mentee' ? 'career-candidate' : 'mentor'])) as User
    const membership = await payload.create({
      collection: 'program-memberships',
      data: {
        program: inProgram.id,
        user: user.id,
        memberName: user.chosenName,
        side,
        status,
        institutionEmail: `${user.chosenName.replace(/\W/g, '').toLowerCase()}@students.lakeside.test`,
        verifiedDomain: 'students.lakeside.test',
        answers: [{ questionId: 'q1', question: 'What would you like help with?', answer: 'Coming out at work', shareWithMentor: true }],
        ...(status === 'active' ? { joinedAt: new Date().toISOString() } : {}),
      },
      overrideAccess: true,
    })
    return { user, membership }
  }

  const decide = (membership: ProgramMembership, as: User, data: Partial<ProgramMembership>) =>
    payload.update({ collection: 'program-memberships', id: membership.id, data, overrideAccess: false, user: as, depth: 0 })

  const stored = (membership: ProgramMembership) => payload.findByID({ collection: 'program-memberships', id: membership.id, overrideAccess: true, depth: 0 })

  const emailsTo = async (address: string) =>
    (await payload.find({ collection: 'emails', where: { to: { equals: address } }, overrideAccess: true, depth: 0 })).totalDocs

  const deliveredTo = async (address: string) => {
    await payload.jobs.run({ queue: 'email', limit: 100 })
    const email = await mailbox.waitFor(address)
    return { subject: email.subject, ...(await readEmail(email)) }
  }

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url, SERVER_URL: 'http://platform.example.test' })
    const organization = (name: string, kind: string) =>
      payload.create({ collection: 'organizations', data: { name, kind, slug: '' } as never, overrideAccess: true })
    lakeside = await organization('Lakeside Test Career Center', 'career-center')
    northwind = await organization('Northwind Test', 'company')
    const newProgram = (name: string, organization: Organization, contactEmail?: string) =>
      payload.create({
        collection: 'programs',
        data: {
          name,
          slug: '',
          organization: organization.id,
          status: 'open',
          summary: 'Mentoring for students and alumni.',
          matching: 'self',
          contactEmail,
          menteeRules: { requireApproval: true, emailDomains: ['students.lakeside.test'] },
        },
        overrideAccess: true,
      })
    program = await newProgram('Lakeside Mentors Test', lakeside, 'careers@lakeside.test')
    otherProgram = await newProgram('Northwind Pride ERG Test', northwind)
    staff = (await createUser(payload, ['career-center-staff'], { organization: lakeside.id, organizationRole: 'staff' })) as User
    otherStaff = (await createUser(payload, ['company-representative'], { organization: northwind.id, organizationRole: 'representative' })) as User
    admin = (await createUser(payload, ['admin'])) as User
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  describe('approving', () => {
    it('lets staff approve someone waiting: they are in from now, the decision is stamped, and they are told what to do next', async () => {
      const { user, membership } = await member('awaiting-approval')
      const approved = await decide(membership, staff, { status: 'active' })
      expect(approved.status).toBe('active')
      const record = await stored(membership)
      expect(record.joinedAt).toBeTruthy()
      expect(record.decidedAt).toBeTruthy()
      expect(record.decidedBy).toEqual(staff.id)

      const email = await deliveredTo(user.email)
      expect(email.subject).toBe('You are in: Lakeside Mentors Test')
      expect(email.text).toContain(`Hello ${user.chosenName},`)
      expect(email.text).toContain('Lakeside Test Career Center approved you as a mentee in Lakeside Mentors Test.')
      expect(email.text).toContain(`http://platform.example.test/mentors?program=${program.slug}`)
      expect(email.text).toContain(`http://platform.example.test/programs/${program.slug}`)
    })

    it('lets admins decide in any programme', async () => {
      const { membership } = await member('awaiting-approval', otherProgram)
      expect((await decide(membership, admin, { status: 'active' })).status).toBe('active')
      expect((await stored(membership)).decidedBy).toEqual(admin.id)
    })
  })

  describe('declining and removing need a reason the member reads', () => {
    it('refuses a decline without a reason, with a message beside the reason field, and changes nothing', async () => {
      const { user, membership } = await member('awaiting-approval')
      for (const statusReason of [undefined, '', '   ']) {
        const error = await rejection(decide(membership, staff, { status: 'declined', statusReason }))
        expect(error.status).toBe(400)
        expect(validationIssues(error)).toEqual([{ path: 'statusReason', message: 'Write the reason for declining: the person is told it.' }])
      }
      expect((await stored(membership)).status).toBe('awaiting-approval')
      expect(await emailsTo(user.email)).toBe(0)
    })

    it('declines with the reason, and emails it with the programme’s contact address', async () => {
      const { user, membership } = await member('awaiting-approval')
      const reason = 'The programme is for current Lakeside students; your address is from the alumni office.'
      await decide(membership, staff, { status: 'declined', statusReason: `  ${reason}  ` })
      const record = await stored(membership)
      expect(record).toMatchObject({ status: 'declined', statusReason: reason })
      expect(record.decidedAt).toBeTruthy()
      expect(record.joinedAt ?? null).toBeNull()

      const email = await deliveredTo(user.email)
      expect(email.subject).toBe('About your request to join Lakeside Mentors Test')
      expect(email.text).toContain(reason)
      expect(email.text).toContain('careers@lakeside.test')
      expect(email.text).not.toContain(staff.email)
    })

    it('refuses to remove a member without a reason, and removes them with one: they are told why and whom to ask', async () => {
      const { user, membership } = await member('active')
      const error = await rejection(decide(membership, staff, { status: 'removed' }))
      expect(error.status).toBe(400)
      expect(validationIssues(error)?.[0]).toMatchObject({ path: 'statusReason', message: 'Write the reason for removing this member: they are told it.' })
      expect((await stored(membership)).status).toBe('active')

      await decide(membership, staff, { status: 'removed', statusReason: 'Repeated missed meetings without a word to the mentee.' })
      const record = await stored(membership)
      expect(record.status).toBe('removed')
      expect(record.leftAt).toBeTruthy()
      expect(record.decidedBy).toEqual(staff.id)

      const email = await deliveredTo(user.email)
      expect(email.subject).toBe('You are no longer a member of Lakeside Mentors Test')
      expect(email.text).toContain('Repeated missed meetings without a word to the mentee.')
      expect(email.text).toContain('careers@lakeside.test')
    })

    it('winds down a removed mentor’s mentorships in the programme: the mentee is told, never the reason, and the mentorship ends', async () => {
      const { user: mentor, membership } = await member('active', program, 'mentor')
      const mentee = (await createUser(payload, ['career-candidate'])) as User
      const request = await payload.create({
        collection: 'mentorship-requests',
        data: { student: mentee.id, mentor: mentor.id, program: program.id, helpWith: 'interviews', message: 'Could we practise?', status: 'accepted' },
        overrideAccess: true,
        depth: 0,
      })
      const reason = 'Did not keep to the mentor agreement.'
      await decide(membership, staff, { status: 'removed', statusReason: reason })

      const told = await deliveredTo(mentee.email)
      expect(told.subject).toBe(`${mentor.chosenName} is no longer part of Lakeside Mentors Test`)
      expect(told.text).not.toContain(reason)
      const closed = await payload.findByID({ collection: 'mentorship-requests', id: request.id, overrideAccess: true, depth: 0 })
      expect(closed.status).not.toBe('accepted')
    })

    it('points to the contact page when the programme has no contact address', async () => {
      const { user, membership } = await member('awaiting-approval', otherProgram)
      await decide(membership, otherStaff, { status: 'declined', statusReason: 'This group is for Northwind employees.' })
      const email = await deliveredTo(user.email)
      expect(email.text).toContain('This group is for Northwind employees.')
      expect(email.text).toContain('http://platform.example.test/contact')
    })
  })

  describe('only the moves a decision makes', () => {
    it.each([
      ['confirming-email', 'active', 'This person has not confirmed their institution address yet; you can decide once they have.'],
      ['left', 'active', 'This person left the programme; they can join again themselves.'],
      ['declined', 'active', 'This membership was declined; it cannot be changed to “Member”. The person can ask to join again.'],
      ['removed', 'active', 'This membership was removed by staff; it cannot be changed to “Member”. The person can ask to join again.'],
      ['active', 'awaiting-approval', 'A member can be removed, with a reason; they leave the programme themselves otherwise.'],
      ['active', 'left', 'A member can be removed, with a reason; they leave the programme themselves otherwise.'],
      ['awaiting-approval', 'removed', 'Approve (Member) or decline this person.'],
    ] as const)('refuses staff moving a membership from %s to %s', async (from, to, message) => {
      const { user, membership } = await member(from)
      const error = await rejection(decide(membership, staff, { status: to, statusReason: 'Because.' }))
      expect(error.status).toBe(400)
      expect(validationIssues(error)).toEqual([{ path: 'status', message }])
      expect((await stored(membership)).status).toBe(from)
      expect(await emailsTo(user.email)).toBe(0)
    })

    it('holds the platform’s own writes (joining, leaving) to none of this', async () => {
      const { membership } = await member('active')
      const left = await payload.update({ collection: 'program-memberships', id: membership.id, data: { status: 'left' }, overrideAccess: true, depth: 0 })
      expect(left.status).toBe('left')
    })
  })

  describe('nobody else decides', () => {
    it('refuses another organisation’s staff, by id and by a where that would match the record', async () => {
      const { membership } = await member('awaiting-approval')
      await rejection(decide(membership, otherStaff, { status: 'active' }))
      const byWhere = await payload.update({
        collection: 'program-memberships',
        where: { id: { equals: membership.id } },
        data: { status: 'active' },
        overrideAccess: false,
        user: otherStaff,
      })
      expect(byWhere.docs).toHaveLength(0)
      expect((await stored(membership)).status).toBe('awaiting-approval')
    })

    it('refuses the member themselves and another member, by id and by where', async () => {
      const { user, membership } = await member('awaiting-approval')
      const { user: otherMember } = await member('active')
      for (const as of [user, otherMember]) {
        expect((await rejection(decide(membership, as, { status: 'active' }))).status).toBe(403)
        const byWhere = payload.update({
          collection: 'program-memberships',
          where: { program: { equals: program.id } },
          data: { status: 'active' },
          overrideAccess: false,
          user: as,
        })
        expect((await rejection(byWhere)).status).toBe(403)
      }
      expect((await stored(membership)).status).toBe('awaiting-approval')
    })

    it('refuses a staff member’s attempt to set the stamps or move a member to another programme', async () => {
      const { membership } = await member('awaiting-approval')
      await decide(membership, staff, {
        status: 'active',
        program: otherProgram.id,
        decidedBy: admin.id,
        joinedAt: '2020-01-01T00:00:00.000Z',
        institutionEmail: 'someone@else.test',
      })
      const record = await stored(membership)
      expect(record.program).toEqual(program.id)
      expect(record.decidedBy).toEqual(staff.id)
      expect(record.joinedAt).not.toBe('2020-01-01T00:00:00.000Z')
      expect(record.institutionEmail).not.toBe('someone@else.test')
    })
  })

  describe('what staff see', () => {
    it('shows staff the answers and the confirmed domain, never the institution address; other staff see nothing', async () => {
      const { membership } = await member('awaiting-approval')
      const seen = await payload.findByID({ collection: 'program-memberships', id: membership.id, overrideAccess: false, user: staff, depth: 0 })
      expect(seen.answers?.[0]).toMatchObject({ question: 'What would you like help with?', answer: 'Coming out at work' })
      expect(seen.verifiedDomain).toBe('students.lakeside.test')
      expect(seen).not.toHaveProperty('institutionEmail')
      expect(seen).not.toHaveProperty('decidedBy')

      const others = await payload.find({ collection: 'program-memberships', overrideAccess: false, user: otherStaff, depth: 0, limit: 100 })
      expect(others.docs.every((each) => each.program === otherProgram.id)).toBe(true)
    })

    it('counts the people waiting in each programme the viewer runs, for the approval queue', async () => {
      const fresh = await payload.create({
        collection: 'programs',
        data: { name: 'Lakeside Alumni Circle Test', slug: '', organization: lakeside.id, status: 'open', summary: 'For alumni.', matching: 'self' },
        overrideAccess: true,
      })
      await member('awaiting-approval', fresh)
      await member('awaiting-approval', fresh)
      await member('confirming-email', fresh)
      await member('awaiting-approval', otherProgram)
      const forStaff = await waitingIn(payload, staff)
      expect(forStaff.find((each) => each.id === fresh.id)).toEqual({ id: fresh.id, name: 'Lakeside Alumni Circle Test', count: 2 })
      expect(forStaff.some((each) => each.id === otherProgram.id)).toBe(false)
      expect((await waitingIn(payload, otherStaff)).map((each) => each.id)).toEqual([otherProgram.id])
      const student = (await createUser(payload, ['career-candidate'])) as User
      expect(await waitingIn(payload, student)).toEqual([])
    })
  })
})
