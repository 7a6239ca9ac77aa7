import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentAgreementsFor } from '@/programs/agreements'
import { describeEligibility } from '@/programs/eligibility'
import { confirmInstitutionAddress, joinProgram, resendInstitutionConfirmation } from '@/programs/join'
import type { JoinProgramInput } from '@/schemas/program'

import type { Program, ProgramMembership, User } from '../../payload-types'
import { paragraphs } from '../helpers/lexical'
import { readEmail, startMailbox, type ReceivedEmail } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A Career Candidate or a Mentor joins a programme: Lakeside's mentors group asks mentees to
 * confirm an address at lakeside.edu and waits for staff approval; other programmes here take
 * members by invitation, at once, or not at all. Every rule is checked by joinProgram, and what
 * it refuses leaves nothing written.
 */

type Id = number | string
const hour = 60 * 60 * 1000

let payload: Payload
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let centre: { id: Id }
let staff: User
let serial = 0

async function newProgram(data: Partial<Program> = {}): Promise<Program> {
  serial += 1
  const program = await payload.create({
    collection: 'programs',
    data: {
      name: `Programme ${serial}`,
      slug: `programme-${serial}`,
      organization: centre.id,
      status: 'open',
      summary: 'Mentoring for students and alumni.',
      mentorRoles: ['mentor', 'connector'],
      menteesJoin: true,
      contactEmail: 'careers@lakeside.edu',
      ...data,
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'program-agreements',
    data: { program: program.id, title: 'Code of conduct', appliesTo: 'everyone', body: paragraphs('Be kind.'), _status: 'published' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'program-agreements',
    data: { program: program.id, title: 'Mentee agreement', appliesTo: 'mentee', body: paragraphs('Turn up.'), _status: 'published' } as never,
    overrideAccess: true,
  })
  return program
}

const student = async (extra: Record<string, unknown> = {}) => (await createUser(payload, ['career-candidate'], extra)) as User
const mentor = async (extra: Record<string, unknown> = {}) => (await createUser(payload, ['mentor'], extra)) as User

/** What the join form sends for one side: every current agreement ticked at the version shown. */
async function form(program: Program, side: 'mentor' | 'mentee', extra: Partial<JoinProgramInput> = {}): Promise<JoinProgramInput> {
  const agreements = await currentAgreementsFor(payload, program.id, side)
  return {
    side,
    institutionEmail: '',
    answers: {},
    agreements: agreements.map((agreement) => ({ id: String(agreement.id), version: agreement.currentVersion, accepted: true })),
    ...extra,
  }
}

async function join(member: User, program: Program, side: 'mentor' | 'mentee' = 'mentee', extra: Partial<JoinProgramInput> = {}, options = {}) {
  return joinProgram(payload, member, program.slug, await form(program, side, extra), options)
}

const membershipsOf = async (member: User, program: Program) =>
  (
    await payload.find({
      collection: 'program-memberships',
      where: { user: { equals: member.id }, program: { equals: program.id } },
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      pagination: false,
    })
  ).docs
const acceptancesOf = async (member: User, program: Program) =>
  (
    await payload.find({
      collection: 'program-acceptances',
      where: { user: { equals: member.id }, program: { equals: program.id } },
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      pagination: false,
    })
  ).docs
const outboxFor = async (to: string) =>
  (await payload.find({ collection: 'emails', where: { to: { equals: to } }, sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

/** Sends what the outbox holds, then waits for the message to `to` with `subject`. */
async function mailTo(to: string, subject: string): Promise<ReceivedEmail> {
  await payload.jobs.run({ queue: 'email', limit: 100 })
  await expect.poll(() => mailbox.received.some((email) => email.to.includes(to) && email.subject === subject), { timeout: 15_000 }).toBe(true)
  return mailbox.received.filter((email) => email.to.includes(to) && email.subject === subject).at(-1)!
}
const linkToken = async (email: ReceivedEmail) => /\/programs\/confirm\?token=([a-f0-9]{64})/.exec((await readEmail(email)).text)![1]

/** An address at the institution nobody else in these tests uses. */
const campusAddress = (domain = 'lakeside.edu') => `student${(serial += 1)}@${domain}`

beforeAll(async () => {
  mailbox = await startMailbox()
  payload = await startTestPayload({ SMTP_URL: mailbox.url, RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  centre = await payload.create({
    collection: 'organizations',
    data: { name: 'Lakeside University Career Center', slug: 'lakeside-joining', kind: 'career-center', plan: { status: 'none' } } as never,
    overrideAccess: true,
  })
  staff = (await createUser(payload, ['career-center-staff'], { organization: centre.id, organizationRole: 'staff' })) as User
})

afterAll(async () => {
  await stopTestPayload(payload)
  await mailbox?.close()
})

describe('the rules of a programme in plain words', () => {
  it('says who joins each side, how they get in and when joining closes', async () => {
    const program = await newProgram({
      mentorRoles: ['mentor'],
      menteeRules: { emailDomains: ['@Lakeside.edu', 'alumni.lakeside.edu'], requireApproval: true, invitationOnly: false },
      period: { joinClosesAt: '2027-03-31T12:00:00.000Z', mentoringStartsAt: '2027-04-01T00:00:00.000Z', mentoringEndsAt: '2027-06-30T00:00:00.000Z' },
    })
    expect(describeEligibility(program, new Date('2027-01-10T00:00:00.000Z'))).toEqual([
      'Mentors (Mentors): join at once.',
      'Mentees (Career Candidates): confirm an address at lakeside.edu or alumni.lakeside.edu; programme staff approve each member.',
      'Joining closes on 31 March 2027.',
      'Mentoring runs from 1 April 2027 to 30 June 2027.',
    ])
  })
})

describe('joining with an institution address', () => {
  it('emails a link to the institution address; pressing it once makes the mentee a member, and the link stops working', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const member = await student({ chosenName: 'Robin' })
    const address = campusAddress()
    const result = await join(member, program, 'mentee', { institutionEmail: ` ${address.toUpperCase()} ` })
    expect(result).toMatchObject({ ok: true, status: 'confirming-email' })
    const [membership] = await membershipsOf(member, program)
    expect(membership).toMatchObject({ status: 'confirming-email', institutionEmail: address, side: 'mentee', memberName: 'Robin' })
    expect(membership.joinedAt ?? null).toBeNull()
    expect((await acceptancesOf(member, program)).length).toBe(2)

    const email = await mailTo(address, `Confirm your address for ${program.name}`)
    const { text } = await readEmail(email)
    // The institution's inbox may be read by others: no chosen name, no sign-in address.
    expect(text).not.toContain('Robin')
    expect(text).not.toContain(member.email)
    const token = await linkToken(email)
    // Only a hash of the token is stored.
    expect(membership.emailToken).not.toBe(token)
    expect(membership.emailToken).toMatch(/^[a-f0-9]{64}$/)

    expect(await confirmInstitutionAddress(payload, token, member)).toMatchObject({ ok: true, status: 'active', program: { slug: program.slug } })
    const [confirmed] = await membershipsOf(member, program)
    expect(confirmed).toMatchObject({ status: 'active', verifiedDomain: 'lakeside.edu' })
    expect(confirmed.joinedAt).toBeTruthy()
    expect(confirmed.emailConfirmedAt).toBeTruthy()
    expect(confirmed.emailToken ?? null).toBeNull()
    expect((await outboxFor(member.email)).map((sent) => sent.subject)).toContain(`You’re in: ${program.name}`)

    expect(await confirmInstitutionAddress(payload, token, member)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('confirms nothing when another account presses the link, so nobody can borrow a student’s address', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    // Someone who knows a student's institution address joins with it; the student gets the email.
    const impostor = await student()
    const address = campusAddress()
    await join(impostor, program, 'mentee', { institutionEmail: address })
    const token = await linkToken(await mailTo(address, `Confirm your address for ${program.name}`))
    const owner = await student()
    expect(await confirmInstitutionAddress(payload, token, owner)).toEqual({ ok: false, reason: 'other-account' })
    expect((await membershipsOf(impostor, program))[0]).toMatchObject({ status: 'confirming-email' })
    expect((await membershipsOf(impostor, program))[0].emailConfirmedAt ?? null).toBeNull()
    // The account that asked can still confirm it, signed in as itself.
    expect(await confirmInstitutionAddress(payload, token, impostor)).toMatchObject({ ok: true, status: 'active' })
  })

  it('lets the link expire after 48 hours, and a new link replaces the old one', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const member = await student()
    const address = campusAddress()
    await join(member, program, 'mentee', { institutionEmail: address })
    const first = await linkToken(await mailTo(address, `Confirm your address for ${program.name}`))
    expect(await confirmInstitutionAddress(payload, first, member, new Date(Date.now() + 49 * hour))).toMatchObject({ ok: false, reason: 'expired' })

    expect(await resendInstitutionConfirmation(payload, member, program.slug, 'mentee')).toEqual({ ok: true })
    await expect
      .poll(async () => {
        await payload.jobs.run({ queue: 'email', limit: 100 })
        return mailbox.received.filter((email) => email.to.includes(address)).length
      })
      .toBe(2)
    const second = await linkToken(mailbox.received.filter((email) => email.to.includes(address)).at(-1)!)
    expect(second).not.toBe(first)
    expect(await confirmInstitutionAddress(payload, first, member)).toEqual({ ok: false, reason: 'invalid' })
    expect(await confirmInstitutionAddress(payload, second, member)).toMatchObject({ ok: true, status: 'active' })
  })

  it('limits how often the link is sent again', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const member = await student()
    const previous = process.env.RATE_LIMIT_PER_HOUR
    process.env.RATE_LIMIT_PER_HOUR = '2'
    try {
      await join(member, program, 'mentee', { institutionEmail: campusAddress() })
      expect(await resendInstitutionConfirmation(payload, member, program.slug, 'mentee')).toEqual({ ok: true })
      expect(await resendInstitutionConfirmation(payload, member, program.slug, 'mentee')).toMatchObject({
        ok: false,
        status: 429,
        errors: { form: expect.stringMatching(/try again in \d+ minutes/) },
      })
    } finally {
      process.env.RATE_LIMIT_PER_HOUR = previous
    }
  })

  it('confirms at once an institution address that is the member’s own confirmed sign-in address', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const address = campusAddress()
    const member = await student({ email: address })
    expect(await join(member, program, 'mentee', { institutionEmail: address })).toMatchObject({ ok: true, status: 'active' })
    expect((await membershipsOf(member, program))[0]).toMatchObject({ verifiedDomain: 'lakeside.edu', institutionEmail: address })
  })

  it('accepts an address at a subdomain, refuses another domain and look-alikes, and writes nothing', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const member = await student()
    for (const wrong of ['robin@lakeside.edu.evil.com', 'robin@notlakeside.edu', 'robin@lakeside.education', 'robin@example.org']) {
      expect(await join(member, program, 'mentee', { institutionEmail: wrong })).toMatchObject({
        ok: false,
        status: 400,
        errors: { institutionEmail: 'Use your address at lakeside.edu (an address at one of its subdomains works too).' },
      })
    }
    expect(await join(member, program, 'mentee', { institutionEmail: 'not an address' })).toMatchObject({
      ok: false,
      errors: { institutionEmail: expect.any(String) },
    })
    expect(await join(member, program, 'mentee', { institutionEmail: '' })).toMatchObject({ ok: false, errors: { institutionEmail: expect.any(String) } })
    expect(await membershipsOf(member, program)).toEqual([])
    expect(await acceptancesOf(member, program)).toEqual([])
    expect(await join(member, program, 'mentee', { institutionEmail: campusAddress('mail.lakeside.edu') })).toMatchObject({ ok: true })
  })

  it('confirms one institution address for one account of a programme side, telling only the address’s owner', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: false, invitationOnly: false } })
    const address = campusAddress()
    const first = await student()
    await join(first, program, 'mentee', { institutionEmail: address })
    await confirmInstitutionAddress(payload, await linkToken(await mailTo(address, `Confirm your address for ${program.name}`)), first)
    const second = await student()
    // Typing someone's address tells nothing about them.
    expect(await join(second, program, 'mentee', { institutionEmail: address })).toMatchObject({ ok: true, status: 'confirming-email' })
    await expect
      .poll(async () => {
        await payload.jobs.run({ queue: 'email', limit: 100 })
        return mailbox.received.filter((email) => email.to.includes(address)).length
      })
      .toBe(2)
    const token = await linkToken(mailbox.received.filter((email) => email.to.includes(address)).at(-1)!)
    expect(await confirmInstitutionAddress(payload, token, second)).toMatchObject({ ok: false, reason: 'taken' })
    expect((await membershipsOf(second, program))[0].status).toBe('confirming-email')
  })
})

describe('approval and the combinations', () => {
  it('puts a member in the approval queue and tells them so, when staff approve each member', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: [], requireApproval: true, invitationOnly: false } })
    const member = await student()
    expect(await join(member, program)).toMatchObject({ ok: true, status: 'awaiting-approval' })
    expect((await outboxFor(member.email)).map((sent) => sent.subject)).toEqual([`${program.name}: waiting for approval`])
  })

  it('with a domain and approval: confirming the address leads to the approval queue, not in', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: true, invitationOnly: false } })
    const member = await student()
    const address = campusAddress()
    expect(await join(member, program, 'mentee', { institutionEmail: address })).toMatchObject({ ok: true, status: 'confirming-email' })
    const token = await linkToken(await mailTo(address, `Confirm your address for ${program.name}`))
    expect(await confirmInstitutionAddress(payload, token, member)).toMatchObject({ ok: true, status: 'awaiting-approval' })
    const [membership] = await membershipsOf(member, program)
    expect(membership.status).toBe('awaiting-approval')
    expect(membership.joinedAt ?? null).toBeNull()
  })

  it('lets a member in at once when a side has no rules, and keeps the mentor side’s own rules apart', async () => {
    const program = await newProgram({
      menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: true, invitationOnly: false },
      mentorRules: { emailDomains: [], requireApproval: false, invitationOnly: false },
    })
    const member = await mentor()
    expect(await join(member, program, 'mentor')).toMatchObject({ ok: true, status: 'active' })
    // Mentors accept the agreements for everyone, not the mentees' one.
    expect((await acceptancesOf(member, program)).length).toBe(1)
  })
})

describe('invitations', () => {
  async function invitation(program: Program, data: Record<string, unknown> = {}) {
    return payload.create({
      collection: 'program-invitations',
      data: { program: program.id, label: 'Spring cohort', side: 'mentee', ...data } as never,
      user: staff,
      overrideAccess: false,
    })
  }
  const tokenOf = async (id: Id) => (await payload.findByID({ collection: 'program-invitations', id, depth: 0, overrideAccess: true })).token!

  it('takes invited members only, through a link that works until it runs out, counting each use', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: [], requireApproval: false, invitationOnly: true } })
    const invite = await invitation(program, { maxUses: 1 })
    const token = await tokenOf(invite.id)
    const member = await student()
    expect(await join(member, program)).toMatchObject({ ok: false, status: 403, errors: { form: expect.stringMatching(/only through an invitation link/) } })
    expect(await join(member, program, 'mentee', {}, { invite: 'not-a-real-invitation' })).toMatchObject({
      ok: false,
      status: 403,
      errors: { form: expect.stringMatching(/does not work/) },
    })
    expect(await join(member, program, 'mentee', {}, { invite: token })).toMatchObject({ ok: true, status: 'active' })
    expect((await membershipsOf(member, program))[0].invitation).toEqual(invite.id)
    expect((await payload.findByID({ collection: 'program-invitations', id: invite.id, overrideAccess: true })).uses).toBe(1)

    expect(await join(await student(), program, 'mentee', {}, { invite: token })).toMatchObject({
      ok: false,
      status: 403,
      errors: { form: expect.stringMatching(/used as many times as it allows/) },
    })
  })

  it('refuses an expired invitation, one for the other side and one of another programme', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: [], requireApproval: false, invitationOnly: true } })
    const other = await newProgram()
    const member = await student()
    const expired = await tokenOf((await invitation(program, { expiresAt: new Date(Date.now() - hour).toISOString() })).id)
    expect(await join(member, program, 'mentee', {}, { invite: expired })).toMatchObject({ ok: false, errors: { form: expect.stringMatching(/has expired/) } })
    const forMentors = await tokenOf((await invitation(program, { side: 'mentor' })).id)
    expect(await join(member, program, 'mentee', {}, { invite: forMentors })).toMatchObject({
      ok: false,
      errors: { form: 'This invitation is for joining as a mentor, not as a mentee.' },
    })
    const elsewhere = await tokenOf((await invitation(other)).id)
    expect(await join(member, program, 'mentee', {}, { invite: elsewhere })).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/does not work/) },
    })
    expect(await membershipsOf(member, program)).toEqual([])
  })
})

describe('who may join, and when', () => {
  it('refuses a programme that is closed, not yet open, past its closing date, a draft or archived', async () => {
    const member = await student()
    const closed = await newProgram({ status: 'closed' })
    expect(await join(member, closed)).toMatchObject({ ok: false, status: 409, errors: { form: 'This programme is not taking new members.' } })
    const later = await newProgram({ period: { joinOpensAt: '2099-01-01T00:00:00.000Z' } })
    expect(await join(member, later)).toMatchObject({ ok: false, status: 409, errors: { form: 'Joining opens on 1 January 2099.' } })
    const past = await newProgram({ period: { joinClosesAt: '2020-03-31T00:00:00.000Z' } })
    expect(await join(member, past)).toMatchObject({ ok: false, status: 409, errors: { form: 'Joining closed on 31 March 2020.' } })
    for (const status of ['draft', 'archived'] as const) {
      expect(await join(member, await newProgram({ status }))).toMatchObject({ ok: false, status: 404 })
    }
    expect(await joinProgram(payload, member, 'no-such-programme', await form(closed, 'mentee'))).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses the wrong role for a side, and a side the programme does not open', async () => {
    const program = await newProgram({ mentorRoles: ['connector'] })
    expect(await join(await mentor(), program, 'mentee')).toMatchObject({
      ok: false,
      status: 403,
      errors: { form: 'Only Career Candidates can join this programme as a mentee.' },
    })
    expect(await join(await mentor(), program, 'mentor')).toMatchObject({
      ok: false,
      status: 403,
      errors: { form: 'Only Connectors can join this programme as a mentor.' },
    })
    expect(await join(await student(), program, 'mentor')).toMatchObject({ ok: false, status: 403 })
    expect(await join(staff, program, 'mentee')).toMatchObject({ ok: false, status: 403 })
    const mentorsOnly = await newProgram({ menteesJoin: false })
    expect(await join(await student(), mentorsOnly, 'mentee')).toMatchObject({ ok: false, status: 409 })
    expect(await join(await student(), program, 'nobody' as never)).toMatchObject({ ok: false, status: 400, errors: { side: expect.any(String) } })
  })

  it('asks a member to confirm their own email address first', async () => {
    const program = await newProgram()
    const member = await student({ _verified: false })
    expect(await join(member, program)).toMatchObject({ ok: false, status: 403, errors: { form: expect.stringMatching(/confirm your email address first/) } })
  })

  it('refuses a member already in, on the way in, or removed; one who left or was declined may join again', async () => {
    const program = await newProgram()
    const place = async (status: ProgramMembership['status']) => {
      const member = await student()
      await payload.create({
        collection: 'program-memberships',
        data: { program: program.id, user: member.id, memberName: member.chosenName, side: 'mentee', status } as never,
        overrideAccess: true,
      })
      return member
    }
    expect(await join(await place('active'), program)).toMatchObject({
      ok: false,
      status: 409,
      errors: { form: 'You are already a member of this programme as a mentee.' },
    })
    expect(await join(await place('awaiting-approval'), program)).toMatchObject({ ok: false, status: 409 })
    expect(await join(await place('confirming-email'), program)).toMatchObject({ ok: false, status: 409 })
    expect(await join(await place('removed'), program)).toMatchObject({
      ok: false,
      status: 403,
      errors: { form: expect.stringContaining('careers@lakeside.edu') },
    })
    expect(await join(await place('left'), program)).toMatchObject({ ok: true })
    expect(await join(await place('declined'), program)).toMatchObject({ ok: true })
    const twice = await student()
    await join(twice, program)
    expect(await join(twice, program)).toMatchObject({ ok: false, status: 409 })
    expect((await membershipsOf(twice, program)).length).toBe(1)
  })
})

describe('registration questions and agreements', () => {
  const questions = [
    { label: 'What are you studying?', kind: 'short-text', askOf: 'mentee', required: true, shareWithMentor: true },
    { label: 'Year', kind: 'choice', choices: ['First', 'Second', 'Final', 'Alumni'], askOf: 'everyone', required: true },
    { label: 'Interests', kind: 'multiple-choice', choices: ['Law', 'Tech', 'Health'], askOf: 'mentee', required: false },
    { label: 'Your employer', kind: 'short-text', askOf: 'mentor', required: true },
  ]
  const idsOf = (program: Program) => Object.fromEntries((program.questions ?? []).map((question) => [question.label, question.id!]))

  it('stores the answers of the member’s side, and refuses a missing required answer or a choice not listed', async () => {
    const program = await newProgram({ questions } as never)
    const ids = idsOf(program)
    const member = await student()
    expect(await join(member, program, 'mentee', { answers: { [ids.Year]: 'Sophomore', [ids.Interests]: ['Tech', 'Knitting'] } })).toEqual({
      ok: false,
      status: 400,
      errors: {
        [`answer.${ids['What are you studying?']}`]: 'Please answer this question.',
        [`answer.${ids.Year}`]: 'Choose one of the answers listed.',
        [`answer.${ids.Interests}`]: 'Choose only from the answers listed.',
      },
    })
    expect(await membershipsOf(member, program)).toEqual([])

    const result = await join(member, program, 'mentee', {
      answers: { [ids['What are you studying?']]: '  Law  ', [ids.Year]: 'Final', [ids.Interests]: ['Health', 'Law'], [ids['Your employer']]: 'Ignored' },
    })
    expect(result).toMatchObject({ ok: true })
    const [membership] = await membershipsOf(member, program)
    expect(membership.answers?.map(({ questionId, question, answer, shareWithMentor }) => ({ questionId, question, answer, shareWithMentor }))).toEqual([
      { questionId: ids['What are you studying?'], question: 'What are you studying?', answer: 'Law', shareWithMentor: true },
      { questionId: ids.Year, question: 'Year', answer: 'Final', shareWithMentor: false },
      { questionId: ids.Interests, question: 'Interests', answer: 'Law\nHealth', shareWithMentor: false },
    ])
  })

  it('needs every current agreement ticked, and asks again when one has a new version since the page was shown', async () => {
    const program = await newProgram()
    const member = await student()
    const shown = await form(program, 'mentee')
    const [conduct, menteeAgreement] = await currentAgreementsFor(payload, program.id, 'mentee')
    expect(
      await joinProgram(payload, member, program.slug, {
        ...shown,
        agreements: shown.agreements!.map((entry) => ({ ...entry, accepted: entry.id !== String(conduct.id) })),
      }),
    ).toMatchObject({ ok: false, status: 400, errors: { [`agreement.${conduct.id}`]: 'Please accept Code of conduct to join.' } })

    await payload.update({
      collection: 'program-agreements',
      id: menteeAgreement.id,
      data: { body: paragraphs('Turn up on time.'), changeSummary: 'On time now.', versionNumber: 2, _status: 'published' } as never,
      overrideAccess: true,
    })
    const refused = await joinProgram(payload, member, program.slug, shown)
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      errors: {
        [`agreement.${menteeAgreement.id}`]: 'Mentee agreement has a new version (version 2) since this page was opened. Please read it and accept it again.',
      },
    })
    expect(refused.ok === false && refused.agreements?.find((agreement) => agreement.id === menteeAgreement.id)?.currentVersion).toBe(2)
    expect(await membershipsOf(member, program)).toEqual([])
    expect(await acceptancesOf(member, program)).toEqual([])

    expect(await join(member, program)).toMatchObject({ ok: true })
    const accepted = await acceptancesOf(member, program)
    expect(accepted.find((acceptance) => acceptance.agreement === menteeAgreement.id)?.versionNumber).toBe(2)
  })
})

describe('the institution address stays the member’s', () => {
  it('is never readable by programme staff or other members through the API with their own access, nor is the token', async () => {
    const program = await newProgram({ menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: true, invitationOnly: false } })
    const member = await student()
    const address = campusAddress()
    await join(member, program, 'mentee', { institutionEmail: address })
    const [membership] = await membershipsOf(member, program)
    const admin = (await createUser(payload, ['admin'])) as User
    const other = await student()

    const asStaff = await payload.findByID({ collection: 'program-memberships', id: membership.id, depth: 0, user: staff, overrideAccess: false })
    expect(asStaff.status).toBe('confirming-email')
    expect(asStaff.institutionEmail).toBeUndefined()
    expect(asStaff.emailToken).toBeUndefined()
    const staffList = await payload.find({ collection: 'program-memberships', where: { program: { equals: program.id } }, user: staff, overrideAccess: false })
    expect(JSON.stringify(staffList.docs)).not.toContain(address)
    // Filtering on the address cannot find it out either.
    const probe = await payload
      .find({ collection: 'program-memberships', where: { institutionEmail: { like: 'lakeside' } }, user: staff, overrideAccess: false })
      .then((found) => found.docs.map((doc) => doc.id))
      .catch((error: { status?: number }) => error.status)
    expect(probe === 400 || (Array.isArray(probe) && !probe.includes(membership.id))).toBe(true)

    expect(
      (await payload.find({ collection: 'program-memberships', where: { program: { equals: program.id } }, user: other, overrideAccess: false })).docs,
    ).toEqual([])
    await expect(payload.findByID({ collection: 'program-memberships', id: membership.id, user: other, overrideAccess: false })).rejects.toMatchObject({
      status: 404,
    })

    const own = await payload.findByID({ collection: 'program-memberships', id: membership.id, depth: 0, user: member, overrideAccess: false })
    expect(own.institutionEmail).toBe(address)
    expect(own.emailToken).toBeUndefined()
    const asAdmin = await payload.findByID({ collection: 'program-memberships', id: membership.id, depth: 0, user: admin, overrideAccess: false })
    expect(asAdmin.institutionEmail).toBe(address)
    expect(asAdmin.emailToken).toBeUndefined()
  })
})
