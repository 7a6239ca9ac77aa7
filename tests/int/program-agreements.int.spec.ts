import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { policyBodyText } from '@/lib/policy-diff'
import { agreementsOwedBy } from '@/programs/agreements'
import { acceptProgramAgreements, programAgreementsOwed, programGateMessage } from '@/programs/reacceptance'

import { paragraphs } from '../helpers/lexical'
import { readEmail, startMailbox } from '../helpers/smtp'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Program, ProgramAgreement, User } from '../../payload-types'

/*
 * A programme's agreements, as its staff, its members and visitors meet them: Lakeside's mentors
 * group (run by Lakeside's Career Center) and Northwind's ERG programme (run by Northwind) each
 * keep their own code of conduct and agreements, versioned like the platform's policies.
 */

type Id = number | string

let payload: Payload
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let lakeside: Program
let northwind: Program
let draftProgram: Program
let lakesideStaff: User
let northwindStaff: User
let admin: User
let serial = 0
// The public pages' reads, imported once the mailbox's address is set (they load the config).
let queries: typeof import('@/queries/program-agreements')

const lexical = (text: string) => paragraphs(text)

async function publishAgreement(program: Program, data: Partial<ProgramAgreement> & { title: string }, user?: User) {
  return payload.create({
    collection: 'program-agreements',
    data: { program: program.id, appliesTo: 'everyone', body: lexical(`${data.title}, first wording.`), _status: 'published', ...data } as never,
    ...(user ? { user, overrideAccess: false } : {}),
  })
}

async function republish(agreement: ProgramAgreement, text: string, changeSummary: string, user?: User) {
  return payload.update({
    collection: 'program-agreements',
    id: agreement.id,
    data: { body: lexical(text), changeSummary, _status: 'published' },
    ...(user ? { user, overrideAccess: false } : {}),
  })
}

async function member(program: Program, side: 'mentor' | 'mentee', status: string, roles = side === 'mentor' ? ['mentor'] : ['career-candidate']) {
  const user = await createUser(payload, roles)
  await payload.create({
    collection: 'program-memberships',
    data: { program: program.id, user: user.id, memberName: user.chosenName, side, status } as never,
    overrideAccess: true,
  })
  return user as User
}

/** A member who joined and accepted every agreement current on their side. */
async function joinedMember(program: Program, side: 'mentor' | 'mentee', status = 'active') {
  const user = await member(program, side, status)
  const owed = await agreementsOwedBy(payload, user.id, program.id, side)
  for (const agreement of owed) {
    await payload.create({
      collection: 'program-acceptances',
      data: { user: user.id, program: program.id, agreement: agreement.id, versionNumber: agreement.currentVersion, acceptedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  }
  return user
}

async function program(name: string, organization: Id | null, status: Program['status'] = 'open') {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: { name, slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${serial}`, organization, status, summary: `${name}, for testing.` } as never,
    overrideAccess: true,
  })
}

async function organization(name: string, kind: 'career-center' | 'company') {
  return payload.create({
    collection: 'organizations',
    data: { name, kind, slug: name.toLowerCase().replace(/\W+/g, '-'), plan: { status: 'none' } } as never,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  mailbox = await startMailbox()
  payload = await startTestPayload({ SMTP_URL: mailbox.url })
  queries = await import('@/queries/program-agreements')
  const [centre, company] = await Promise.all([organization('Lakeside Career Center', 'career-center'), organization('Northwind', 'company')])
  lakesideStaff = (await createUser(payload, ['career-center-staff'], { organization: centre.id, organizationRole: 'staff' })) as User
  northwindStaff = (await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'representative' })) as User
  admin = (await createUser(payload, ['admin'])) as User
  lakeside = await program('Lakeside Mentors', centre.id)
  northwind = await program('Northwind Pride ERG', company.id)
  draftProgram = await program('Lakeside Alumni Circle', centre.id, 'draft')
})

afterAll(async () => {
  await stopTestPayload(payload)
  await mailbox?.close()
})

describe('versions of a programme agreement', () => {
  it('numbers each publish and stamps its date, as policies are', async () => {
    const before = Date.now()
    const first = await publishAgreement(lakeside, { title: 'Numbered agreement' }, lakesideStaff)
    expect(first.versionNumber).toBe(1)
    expect(first.slug).toBe('numbered-agreement')
    expect(new Date(first.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const second = await republish(first, 'Second wording.', 'Reworded.', lakesideStaff)
    expect(second.versionNumber).toBe(2)
  })

  it('does not count drafts as versions, and keeps them from the public', async () => {
    const agreement = await publishAgreement(lakeside, { title: 'Drafted agreement' }, lakesideStaff)
    await payload.update({
      collection: 'program-agreements',
      id: agreement.id,
      data: { body: lexical('A secret draft wording.'), _status: 'draft' },
      draft: true,
      user: lakesideStaff,
      overrideAccess: false,
    })

    const publicView = await queries.getPublishedAgreement(lakeside.slug, 'drafted-agreement')
    expect(policyBodyText(publicView?.agreement.body)).toBe('Drafted agreement, first wording.')
    expect(publicView?.agreement.versionNumber).toBe(1)
    expect((await queries.listAgreementVersions(agreement)).map((version) => version.versionNumber)).toEqual([1])

    const published = await payload.update({
      collection: 'program-agreements',
      id: agreement.id,
      data: { _status: 'published', changeSummary: 'Published the draft.' },
      user: lakesideStaff,
      overrideAccess: false,
    })
    expect(published.versionNumber).toBe(2)
    expect((await queries.listAgreementVersions(agreement)).map((version) => version.versionNumber)).toEqual([2, 1])
    expect(policyBodyText((await queries.getAgreementVersion(agreement, 1))?.body)).toBe('Drafted agreement, first wording.')
    expect(await queries.getAgreementVersion(agreement, 3)).toBeNull()
  })

  it('keeps a never-published agreement and every agreement of a draft programme away from visitors', async () => {
    await payload.create({
      collection: 'program-agreements',
      data: { program: lakeside.id, title: 'Unreleased agreement', appliesTo: 'everyone', body: lexical('Not yet.'), _status: 'draft' },
      draft: true,
      user: lakesideStaff,
      overrideAccess: false,
    })
    expect(await queries.getPublishedAgreement(lakeside.slug, 'unreleased-agreement')).toBeNull()
    expect((await queries.listPublishedAgreements(lakeside)).map((agreement) => agreement.slug)).not.toContain('unreleased-agreement')

    await publishAgreement(draftProgram, { title: 'Code of Conduct' }, lakesideStaff)
    expect(await queries.getPublicProgram(draftProgram.slug)).toBeNull()
    expect(await queries.getPublishedAgreement(draftProgram.slug, 'code-of-conduct')).toBeNull()
    // The API answers visitors as the pages do: nothing of a programme still in draft.
    const ofDraftProgram = { program: { equals: draftProgram.id } }
    expect((await payload.find({ collection: 'program-agreements', where: ofDraftProgram, overrideAccess: false })).docs).toEqual([])
    expect(
      (await payload.findVersions({ collection: 'program-agreements', where: { 'version.program': ofDraftProgram.program }, overrideAccess: false })).docs,
    ).toEqual([])
    expect((await payload.find({ collection: 'program-agreements', where: ofDraftProgram, overrideAccess: false, user: lakesideStaff })).docs).toHaveLength(1)
  })

  it('refuses a new version that repeats the previous change summary', async () => {
    const agreement = await publishAgreement(lakeside, { title: 'Summarised agreement', changeSummary: 'First version.' }, lakesideStaff)
    await expect(republish(agreement, 'New words.', 'First version.', lakesideStaff)).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'changeSummary', message: expect.stringContaining('still describes version 1') })] },
    })
    expect((await queries.listAgreementVersions(agreement)).map((version) => version.versionNumber)).toEqual([1])
  })

  it('fills the slug from the title, unique within its programme, while two programmes may share one', async () => {
    const lakesideCode = await publishAgreement(lakeside, { title: 'Code of Conduct' }, lakesideStaff)
    const northwindCode = await publishAgreement(northwind, { title: 'Code of Conduct' }, northwindStaff)
    expect([lakesideCode.slug, northwindCode.slug]).toEqual(['code-of-conduct', 'code-of-conduct'])

    await expect(publishAgreement(lakeside, { title: 'Another code', slug: 'code-of-conduct' }, lakesideStaff)).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'slug', message: expect.stringContaining('code-of-conduct') })] },
    })
    // Renaming keeps the address members were sent to.
    const renamed = await payload.update({ collection: 'program-agreements', id: lakesideCode.id, data: { title: 'Our code of conduct' }, draft: true })
    expect(renamed.slug).toBe('code-of-conduct')
  })

  it('stays in the programme it was written for', async () => {
    const agreement = await publishAgreement(northwind, { title: 'Fixed agreement' }, northwindStaff)
    await expect(
      payload.update({
        collection: 'program-agreements',
        id: agreement.id,
        data: { program: lakeside.id, changeSummary: 'Moved.' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'program' })] } })
    const stored = await payload.findByID({ collection: 'program-agreements', id: agreement.id, depth: 0 })
    expect(String(stored.program)).toBe(String(northwind.id))
  })
})

describe('who may read and write a programme’s agreements', () => {
  let draftOnly: ProgramAgreement
  let published: ProgramAgreement

  beforeAll(async () => {
    published = await publishAgreement(lakeside, { title: 'Access agreement' }, lakesideStaff)
    await payload.update({
      collection: 'program-agreements',
      id: published.id,
      data: { body: lexical('Staff-only draft wording.'), _status: 'draft' },
      draft: true,
      user: lakesideStaff,
      overrideAccess: false,
    })
    draftOnly = await payload.create({
      collection: 'program-agreements',
      data: { program: lakeside.id, title: 'Staff-only agreement', appliesTo: 'mentor', body: lexical('Only Lakeside staff see this.'), _status: 'draft' },
      draft: true,
      user: lakesideStaff,
      overrideAccess: false,
    })
  })

  const versionsSeenBy = async (user: User | undefined) => {
    const { docs } = await payload.findVersions({
      collection: 'program-agreements',
      where: { parent: { in: [published.id, draftOnly.id] } },
      limit: 100,
      overrideAccess: false,
      user,
    })
    return docs
  }

  it('shows the public and other organisations’ staff published versions only', async () => {
    for (const viewer of [undefined, northwindStaff, (await createUser(payload, ['career-candidate'])) as User]) {
      const versions = await versionsSeenBy(viewer)
      expect(versions.length).toBeGreaterThan(0)
      expect(versions.every((version) => version.version._status === 'published')).toBe(true)
      expect(JSON.stringify(versions)).not.toContain('Staff-only')
      const { docs } = await payload.find({ collection: 'program-agreements', where: { id: { equals: draftOnly.id } }, overrideAccess: false, user: viewer })
      expect(docs).toEqual([])
    }
  })

  it('shows the programme’s own staff their drafts', async () => {
    const versions = await versionsSeenBy(lakesideStaff)
    expect(JSON.stringify(versions)).toContain('Staff-only draft wording.')
    expect(JSON.stringify(versions)).toContain('Only Lakeside staff see this.')
  })

  it('refuses another organisation’s staff creating, updating or deleting the programme’s agreements', async () => {
    await expect(publishAgreement(lakeside, { title: 'Planted agreement' }, northwindStaff)).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'program-agreements', id: published.id, data: { title: 'Hijacked' }, user: northwindStaff, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'program-agreements', id: published.id, user: northwindStaff, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    const member = await createUser(payload, ['mentor'])
    await expect(publishAgreement(lakeside, { title: 'Member agreement' }, member as User)).rejects.toMatchObject({ status: 403 })
    const { totalDocs } = await payload.count({
      collection: 'program-agreements',
      where: { title: { in: ['Planted agreement', 'Member agreement', 'Hijacked'] } },
    })
    expect(totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'program-agreements', id: published.id, depth: 0 })).title).toBe('Access agreement')
  })
})

describe('re-accepting within a programme', () => {
  let mentors: Program
  let code: ProgramAgreement
  let mentorAgreement: ProgramAgreement
  let menteeAgreement: ProgramAgreement
  let activeMentee: User
  let waitingMentor: User
  let departedMentee: User
  let outsider: User
  let northwindMember: User

  beforeAll(async () => {
    const reacceptance = await program('Reacceptance Mentors', lakeside.organization as Id)
    mentors = reacceptance
    code = await publishAgreement(reacceptance, { title: 'Code of Conduct', changeSummary: 'First version.' })
    mentorAgreement = await publishAgreement(reacceptance, { title: 'Mentor agreement', appliesTo: 'mentor' })
    menteeAgreement = await publishAgreement(reacceptance, { title: 'Mentee agreement', appliesTo: 'mentee' })
    await publishAgreement(northwind, { title: 'ERG code', changeSummary: 'First version.' })
    activeMentee = await joinedMember(reacceptance, 'mentee', 'active')
    waitingMentor = await joinedMember(reacceptance, 'mentor', 'awaiting-approval')
    departedMentee = await joinedMember(reacceptance, 'mentee', 'left')
    northwindMember = await joinedMember(northwind, 'mentee', 'active')
    outsider = (await createUser(payload, ['career-candidate'])) as User
    await payload.jobs.run({ queue: 'email', limit: 100 })
  })

  const owedTitles = async (user: User) =>
    (await programAgreementsOwed(payload, user)).flatMap(({ agreements }) => agreements.map((agreement) => agreement.title))

  it('asks nothing of members who accepted the current versions', async () => {
    expect(await programAgreementsOwed(payload, activeMentee)).toEqual([])
    expect(await programAgreementsOwed(payload, waitingMentor)).toEqual([])
  })

  it('asks the side an agreement applies to, in that programme only, and tells them by email', async () => {
    const sentBefore = mailbox.received.length
    await republish(mentorAgreement, 'Mentors tell their mentees before they leave.', 'Mentors now tell their mentees before leaving.')
    await payload.jobs.run({ queue: 'email', limit: 100 })

    expect(await owedTitles(waitingMentor)).toEqual(['Mentor agreement'])
    expect(await owedTitles(activeMentee)).toEqual([])

    const email = await mailbox.waitFor(waitingMentor.email)
    const { docs: outbox } = await payload.find({ collection: 'emails', where: { to: { equals: waitingMentor.email } }, depth: 0 })
    expect(outbox.map((sent) => [sent.subject, sent.status])).toEqual([['Reacceptance Mentors: please accept the new version of the Mentor agreement', 'sent']])
    const { text } = await readEmail(email)
    expect(text).toContain('Mentors now tell their mentees before leaving.')
    expect(text).toContain(`/account/programs/${mentors.slug}/agreements`)
    expect(mailbox.received.slice(sentBefore).flatMap((sent) => sent.to)).toEqual([waitingMentor.email])
  })

  it('asks both sides of the programme for an agreement for everyone, and nobody outside it', async () => {
    const sentBefore = mailbox.received.length
    await republish(code, 'Be kind, and keep what others share private.', 'Added privacy.')
    await payload.jobs.run({ queue: 'email', limit: 100 })

    expect(await owedTitles(activeMentee)).toEqual(['Code of Conduct'])
    expect(await owedTitles(waitingMentor)).toEqual(['Code of Conduct', 'Mentor agreement'])
    for (const person of [departedMentee, outsider, northwindMember]) expect(await programAgreementsOwed(payload, person)).toEqual([])

    await mailbox.waitFor(activeMentee.email)
    const recipients = mailbox.received.slice(sentBefore).flatMap((sent) => sent.to)
    expect(recipients.sort()).toEqual([activeMentee.email, waitingMentor.email].sort())
  })

  it('names what to accept and where', async () => {
    const [owed] = await programAgreementsOwed(payload, waitingMentor)
    expect(programGateMessage(owed)).toBe(
      `Please accept version 2 of the Code of Conduct and version 2 of the Mentor agreement of Reacceptance Mentors first, at /account/programs/${mentors.slug}/agreements.`,
    )
  })

  it('records acceptances only when every agreement owed is accepted at its current version', async () => {
    const count = () => payload.count({ collection: 'program-acceptances', where: { user: { equals: waitingMentor.id } } }).then((result) => result.totalDocs)
    const before = await count()

    const missing = await acceptProgramAgreements(payload, waitingMentor, mentors.slug, { [String(code.id)]: 2 })
    expect(missing).toMatchObject({
      ok: false,
      status: 400,
      errors: { [`accept-${mentorAgreement.id}`]: 'Please read and accept the Mentor agreement to continue.' },
    })
    expect(await count()).toBe(before)

    const stale = await acceptProgramAgreements(payload, waitingMentor, mentors.slug, { [String(code.id)]: 1, [String(mentorAgreement.id)]: 2 })
    expect(stale).toMatchObject({ ok: false, status: 409, errors: { [`accept-${code.id}`]: expect.stringContaining('Please read version 2') } })
    expect(await count()).toBe(before)

    expect(await acceptProgramAgreements(payload, waitingMentor, mentors.slug, { [String(code.id)]: 2, [String(mentorAgreement.id)]: 2 })).toEqual({
      ok: true,
      accepted: 2,
    })
    expect(await count()).toBe(before + 2)
    expect(await programAgreementsOwed(payload, waitingMentor)).toEqual([])
  })

  it('asks again when a version is published while the member reads the old one', async () => {
    // The mentee opened the page at version 2 of the code; staff publish version 3 meanwhile.
    await republish(code, 'Be kind, keep what others share private, and report concerns.', 'Added reporting.')
    const result = await acceptProgramAgreements(payload, activeMentee, mentors.slug, { [String(code.id)]: 2 })
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(await owedTitles(activeMentee)).toEqual(['Code of Conduct'])
    expect(await acceptProgramAgreements(payload, activeMentee, mentors.slug, { [String(code.id)]: 3 })).toMatchObject({ ok: true })
  })

  it('has nothing to accept for someone outside the programme', async () => {
    expect(await acceptProgramAgreements(payload, outsider, mentors.slug, {})).toMatchObject({ ok: false, status: 404 })
    expect(await acceptProgramAgreements(payload, northwindMember, mentors.slug, { [String(code.id)]: 3 })).toMatchObject({ ok: false, status: 404 })
  })

  it('keeps acceptances append-only for everyone, staff and admins included', async () => {
    const { docs } = await payload.find({ collection: 'program-acceptances', where: { user: { equals: activeMentee.id } }, sort: 'versionNumber', depth: 0 })
    expect(docs.filter((doc) => String(doc.agreement) === String(code.id)).map((doc) => doc.versionNumber)).toEqual([1, 3])
    for (const user of [activeMentee, lakesideStaff, admin]) {
      await expect(
        payload.update({ collection: 'program-acceptances', id: docs[0].id, data: { versionNumber: 9 }, user, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'program-acceptances', id: docs[0].id, user, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.create({
          collection: 'program-acceptances',
          data: { user: activeMentee.id, program: mentors.id, agreement: menteeAgreement.id, versionNumber: 1, acceptedAt: new Date().toISOString() },
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })
})
