import { APIError, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { switchMentorKind } from '@/accounts/involvement'
import { deleteMemberAccount } from '@/accounts/my-data'
import { answerInvitation, findInvitation, leaveOrganization, requestAffiliation } from '@/organizations/affiliations'

import type { Organization, User } from '../../payload-types'
import { startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('Mentors and Connectors listed with organisations', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let company: Organization
  let otherCompany: Organization
  let representative: User
  let otherRepresentative: User
  let plainStaff: User

  const profileOf = async (user: Pick<User, 'id'>) =>
    (await payload.find({ collection: 'mentor-profiles', where: { user: { equals: user.id } }, depth: 0, overrideAccess: true })).docs[0]
  /** The organisation a member's profile is listed with; never set is null on SQLite and absent on MongoDB. */
  const listedWith = async (user: Pick<User, 'id'>) => (await profileOf(user))!.organization ?? null

  const rejection = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error, 'expected the operation to be refused').toBeInstanceOf(Error)
    return error as Error & { status?: number }
  }

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url, SERVER_URL: 'http://platform.example.test' })
    const organization = (name: string) => payload.create({ collection: 'organizations', data: { name, kind: 'company', slug: '' }, overrideAccess: true })
    company = await organization('Northwind Test')
    otherCompany = await organization('Contoso Test')
    representative = (await createUser(payload, ['company-representative'], {
      organization: company.id,
      organizationRole: 'representative',
    })) as User
    otherRepresentative = (await createUser(payload, ['company-representative'], {
      organization: otherCompany.id,
      organizationRole: 'representative',
    })) as User
    plainStaff = (await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'staff' })) as User
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  const invite = (email: string, as: User = representative, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'affiliations',
      data: { organization: company.id, email, kind: 'mentor', origin: 'invite', status: 'pending', ...extra } as never,
      depth: 0,
      overrideAccess: false,
      user: as,
    })

  const tokenOf = async (id: number | string) =>
    ((await payload.findByID({ collection: 'affiliations', id, overrideAccess: true, showHiddenFields: true })) as { token?: string }).token!

  describe('directory profiles follow the account', () => {
    it('gives a new Mentor a profile with their chosen name, and follows a rename and a switch to Connector', async () => {
      const mentor = (await createUser(payload, ['mentor'], { chosenName: 'Robin' })) as User
      expect(await profileOf(mentor)).toMatchObject({ kind: 'mentor', displayName: 'Robin' })
      expect(await listedWith(mentor)).toBeNull()
      await payload.update({ collection: 'users', id: mentor.id, data: { chosenName: 'Robin K.' }, overrideAccess: false, user: mentor })
      await switchMentorKind(payload, mentor, 'connector')
      expect(await profileOf(mentor)).toMatchObject({ kind: 'connector', displayName: 'Robin K.' })
    })

    it('gives Career Candidates no directory profile, and removes it with the account', async () => {
      const student = await createUser(payload, ['career-candidate'])
      expect(await profileOf(student)).toBeUndefined()
      const mentor = await createUser(payload, ['mentor'])
      await deleteMemberAccount(payload, mentor)
      expect(await profileOf(mentor)).toBeUndefined()
    })

    it('never shows the account behind a profile to the public', async () => {
      const mentor = await createUser(payload, ['mentor'])
      const profile = await profileOf(mentor)
      const asVisitor = await payload.findByID({ collection: 'mentor-profiles', id: profile.id, overrideAccess: false })
      expect(asVisitor).not.toHaveProperty('user')
      expect(JSON.stringify(asVisitor)).not.toContain(mentor.email)
    })
  })

  describe('invitations', () => {
    it('emails the invited address a link to the public site, from the representative’s own organisation', async () => {
      const created = await invite('New.Hire@Example.test', representative, { organization: otherCompany.id })
      expect(created).toMatchObject({ email: 'new.hire@example.test', status: 'pending', origin: 'invite' })
      expect(created.organization).toEqual(company.id)
      expect(created).not.toHaveProperty('token')

      // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
      await payload.jobs.run({ queue: 'email', limit: 100 })
      const email = await mailbox.waitFor('new.hire@example.test')
      expect(email.subject).toBe('Northwind Test invites you to the Pride Career Network')
      expect(email.text).toContain(`http://platform.example.test/invites/${await tokenOf(created.id)}`)
      expect(email.text).not.toContain(representative.email)
    })

    it('refuses a second pending invitation to the same address, and a malformed address', async () => {
      await invite('twice@example.test')
      expect((await rejection(invite('twice@example.test'))).message).toBe('twice@example.test already has a pending invitation from this organisation.')
      expect((await rejection(invite('not-an-address'))).message).toMatch(/Enter the email address to invite/)
    })

    it('lets only representatives invite', async () => {
      await rejection(invite('from-staff@example.test', plainStaff))
      const mentor = (await createUser(payload, ['mentor'])) as User
      await rejection(invite('from-mentor@example.test', mentor))
    })

    it('turns a Career Candidate who accepts into a Mentor listed with the organisation', async () => {
      const student = (await createUser(payload, ['career-candidate'], { email: `alex-${Date.now()}@example.test` })) as User
      const invitation = await invite(student.email.toUpperCase())
      const token = await tokenOf(invitation.id)
      expect(await findInvitation(payload, token)).toMatchObject({ state: 'open', kind: 'mentor', organization: { name: 'Northwind Test' } })

      expect(await answerInvitation(payload, token, student, true)).toEqual({ ok: true, organizationSlug: company.slug })
      const account = await payload.findByID({ collection: 'users', id: student.id, overrideAccess: true })
      expect(account.roles).toEqual(expect.arrayContaining(['career-candidate', 'mentor']))
      expect(await profileOf(student)).toMatchObject({ kind: 'mentor', organization: company.id })
      expect(await payload.findByID({ collection: 'affiliations', id: invitation.id, depth: 0, overrideAccess: true })).toMatchObject({
        status: 'accepted',
        member: student.id,
        memberName: student.chosenName,
      })
      expect(await answerInvitation(payload, token, student, true)).toEqual({ ok: false, error: 'This invitation was already answered or withdrawn.' })
    })

    it('refuses an answer from someone signed in with another address, and links that are wrong or expired', async () => {
      const invitation = await invite(`right-${Date.now()}@example.test`)
      const token = await tokenOf(invitation.id)
      const someoneElse = (await createUser(payload, ['mentor'])) as User
      expect(await answerInvitation(payload, token, someoneElse, true)).toEqual({
        ok: false,
        error: 'This invitation was sent to a different email address. Sign in with the address it was sent to.',
      })
      expect(await listedWith(someoneElse)).toBeNull()
      expect((await answerInvitation(payload, 'f'.repeat(48), someoneElse, true)).ok).toBe(false)
      expect(await findInvitation(payload, token, new Date(Date.now() + 15 * 24 * 60 * 60 * 1000))).toEqual({
        state: 'expired',
        organizationName: 'Northwind Test',
      })
    })

    it('lets the invited person decline without being listed, and the representative withdraw but not accept', async () => {
      const mentor = (await createUser(payload, ['mentor'], { email: `decline-${Date.now()}@example.test` })) as User
      const declined = await invite(mentor.email)
      expect((await answerInvitation(payload, await tokenOf(declined.id), mentor, false)).ok).toBe(true)
      expect(await listedWith(mentor)).toBeNull()

      const pending = await invite(`withdraw-${Date.now()}@example.test`)
      const accepting = await rejection(
        payload.update({ collection: 'affiliations', id: pending.id, data: { status: 'accepted' }, overrideAccess: false, user: representative }),
      )
      expect(accepting.message).toBe('Only the invited person can accept or decline an invitation; you can withdraw it.')
      const withdrawn = await payload.update({
        collection: 'affiliations',
        id: pending.id,
        data: { status: 'withdrawn' },
        overrideAccess: false,
        user: representative,
      })
      expect(withdrawn.status).toBe('withdrawn')
      expect(withdrawn.decidedAt).toBeTruthy()
    })
  })

  describe('requests from members', () => {
    it('lets a Mentor ask, emails the representatives, and lists them once a representative approves', async () => {
      const mentor = (await createUser(payload, ['mentor'], { chosenName: 'Jordan' })) as User
      expect(await requestAffiliation(payload, mentor, company.id, 'I lead the data team.')).toEqual({ ok: true })
      expect(await requestAffiliation(payload, mentor, company.id)).toEqual({ ok: false, error: 'Your request is waiting for the organisation’s answer.' })

      // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
      await payload.jobs.run({ queue: 'email', limit: 100 })
      const notice = await mailbox.waitFor(representative.email)
      expect(notice.subject).toBe('Jordan asked to be listed with your organisation')
      expect(notice.text).not.toContain(mentor.email)

      const { docs } = await payload.find({
        collection: 'affiliations',
        where: { member: { equals: mentor.id } },
        depth: 0,
        overrideAccess: false,
        user: representative,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ origin: 'request', memberName: 'Jordan', message: 'I lead the data team.' })

      await rejection(
        payload.update({ collection: 'affiliations', id: docs[0].id, data: { status: 'accepted' }, overrideAccess: false, user: otherRepresentative }),
      )
      await rejection(payload.update({ collection: 'affiliations', id: docs[0].id, data: { status: 'accepted' }, overrideAccess: false, user: plainStaff }))
      await payload.update({ collection: 'affiliations', id: docs[0].id, data: { status: 'accepted' }, overrideAccess: false, user: representative })
      expect(await profileOf(mentor)).toMatchObject({ organization: company.id })
      // Emails go through the outbox: deliver what is queued rather than wait for the schedule.
      await payload.jobs.run({ queue: 'email', limit: 100 })
      const decision = await mailbox.waitFor(mentor.email)
      expect(decision.subject).toBe('Northwind Test approved your request')

      expect(await requestAffiliation(payload, mentor, company.id)).toEqual({ ok: false, error: 'You are already listed with this organisation.' })
      await leaveOrganization(payload, mentor)
      expect(await listedWith(mentor)).toBeNull()
    })

    it('refuses requests from Career Candidates, and a decided request cannot be decided again', async () => {
      const student = (await createUser(payload, ['career-candidate'])) as User
      expect(await requestAffiliation(payload, student, company.id)).toEqual({
        ok: false,
        error: 'Only Mentors and Connectors can be listed with an organisation.',
      })

      const connector = (await createUser(payload, ['connector'])) as User
      await requestAffiliation(payload, connector, company.id)
      const { docs } = await payload.find({ collection: 'affiliations', where: { member: { equals: connector.id } }, overrideAccess: true })
      await payload.update({ collection: 'affiliations', id: docs[0].id, data: { status: 'declined' }, overrideAccess: false, user: representative })
      expect(await listedWith(connector)).toBeNull()
      const again = await rejection(
        payload.update({ collection: 'affiliations', id: docs[0].id, data: { status: 'accepted' }, overrideAccess: false, user: representative }),
      )
      expect(again).toBeInstanceOf(APIError)
      expect(again.message).toBe('This request was already declined.')
    })

    it('shows a member their own requests and nobody else’s', async () => {
      const mentor = (await createUser(payload, ['mentor'])) as User
      const other = (await createUser(payload, ['mentor'])) as User
      await requestAffiliation(payload, mentor, otherCompany.id)
      await requestAffiliation(payload, other, otherCompany.id)
      const { docs } = await payload.find({ collection: 'affiliations', depth: 0, overrideAccess: false, user: mentor })
      expect(docs.map((doc) => doc.member)).toEqual([mentor.id])
    })

    it('removes a member’s requests and invitations answers when they delete their account', async () => {
      const mentor = (await createUser(payload, ['mentor'])) as User
      await requestAffiliation(payload, mentor, otherCompany.id, 'Please list me')
      await deleteMemberAccount(payload, mentor)
      const { totalDocs } = await payload.count({ collection: 'affiliations', where: { member: { equals: mentor.id } }, overrideAccess: true })
      expect(totalDocs).toBe(0)
    })
  })
})
