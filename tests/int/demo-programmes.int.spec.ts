import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseDirectoryParams } from '@/directory/params'
import { policyBodyText } from '@/lib/policy-diff'
import { agreementsOwedBy } from '@/programs/agreements'
import { programReport } from '@/programs/reports'
import { searchMentors } from '@/queries/mentors'
import { demoAccounts, seedDemoContent } from '@/seed'
import { demoPrograms } from '@/seed/programs'

import type { Program, User } from '../../payload-types'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const root = path.resolve(import.meta.dirname, '../..')
const seedDocuments = path.resolve(root, '../shared/seed-documents')

/** Someone exploring the demo, signed in as one of its accounts. */
describe('the demo content has mentoring programmes to try', () => {
  let payload: Payload
  let lakeside: Program
  let northwind: Program
  const account = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as User

  const membershipsOf = async (program: Program) =>
    (await payload.find({ collection: 'program-memberships', where: { program: { equals: program.id } }, depth: 0, pagination: false, overrideAccess: true }))
      .docs

  beforeAll(async () => {
    payload = await startTestPayload()
    await seedDemoContent(payload)
    const bySlug = async (slug: string) =>
      (await payload.find({ collection: 'programs', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    lakeside = await bySlug(demoPrograms.lakeside.slug)
    northwind = await bySlug(demoPrograms.northwind.slug)
  }, 300_000)
  afterAll(() => stopTestPayload(payload))

  it('Lakeside Mentors is open for joining, run by the Career Center staff@example.org works for, with its rules and two questions', async () => {
    const staff = await account('staff@example.org')
    expect(lakeside).toMatchObject({
      name: 'Lakeside Mentors',
      status: 'open',
      organization: staff.organization,
      menteesJoin: true,
      menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: true },
      mentorRules: { requireApproval: true },
      capacityPerMentor: 3,
      replyWithinDays: 7,
    })
    expect(lakeside.eligibility).toMatch(/current students and alumni/i)
    expect(new Date(lakeside.period!.joinClosesAt!).getTime()).toBeGreaterThan(Date.now() + 30 * 24 * 60 * 60 * 1000)
    expect(new Date(lakeside.period!.joinOpensAt!).getTime()).toBeLessThan(Date.now())
    expect(lakeside.questions?.map(({ label, kind, required, shareWithMentor }) => ({ label, kind, required, shareWithMentor }))).toEqual([
      { label: 'What are you studying, or what did you study?', kind: 'short-text', required: true, shareWithMentor: true },
      { label: 'What would you most like help with?', kind: 'choice', required: false, shareWithMentor: false },
    ])

    // A visitor finds it, as the public pages will.
    const { docs } = await payload.find({ collection: 'programs', where: { slug: { equals: 'lakeside-mentors' } }, overrideAccess: false, depth: 0 })
    expect(docs).toHaveLength(1)
  })

  it('Lakeside publishes a code of conduct for everyone (in its second version), a mentor’s and a mentee’s agreement', async () => {
    const { docs } = await payload.find({
      collection: 'program-agreements',
      where: { program: { equals: lakeside.id } },
      sort: 'title',
      depth: 0,
      overrideAccess: false,
    })
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)
    expect(docs.map(({ title, appliesTo, _status }) => ({ title, appliesTo, _status })).sort(byTitle)).toEqual([
      { title: 'Lakeside Mentors Code of Conduct', appliesTo: 'everyone', _status: 'published' },
      { title: "Mentee's Agreement", appliesTo: 'mentee', _status: 'published' },
      { title: "Mentor's Agreement", appliesTo: 'mentor', _status: 'published' },
    ])
    const code = docs.find((agreement) => agreement.appliesTo === 'everyone')!
    expect(code.versionNumber).toBe(2)
    const versions = await payload.findVersions({
      collection: 'program-agreements',
      where: { and: [{ parent: { equals: code.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(2)
    expect(policyBodyText(code.body)).toContain('Use the chosen name and pronouns each person gives you.')
  })

  it('the demo Mentor and the demo student are in, owe no agreement, and the student confirmed a lakeside.edu address', async () => {
    const [mentor, student] = await Promise.all([account('mentor@example.org'), account('student@example.org')])
    const memberships = await membershipsOf(lakeside)
    expect(memberships.find((membership) => membership.user === mentor.id)).toMatchObject({ side: 'mentor', status: 'active', hiddenFromListings: false })
    const mentee = memberships.find((membership) => membership.user === student.id)
    expect(mentee).toMatchObject({ side: 'mentee', status: 'active', verifiedDomain: 'lakeside.edu', memberName: 'Sam Ellison' })
    expect(mentee?.institutionEmail).toMatch(/@lakeside\.edu$/)
    expect(mentee?.emailConfirmedAt).toBeTruthy()
    // Members arrived over the past weeks, so the programme's report has something to show.
    expect(new Date(mentee!.createdAt).getTime()).toBeLessThan(Date.now() - 14 * 24 * 60 * 60 * 1000)
    expect(new Date(mentee!.joinedAt!).getTime()).toBeGreaterThan(new Date(mentee!.createdAt).getTime())
    expect(mentee?.answers?.map((answer) => answer.question)).toEqual(lakeside.questions?.map((question) => question.label))

    expect(await agreementsOwedBy(payload, mentor.id, lakeside.id, 'mentor')).toEqual([])
    expect(await agreementsOwedBy(payload, student.id, lakeside.id, 'mentee')).toEqual([])
    // The mentor accepted the code and the mentor's agreement; the student the code and the mentee's.
    const accepted = await payload.find({
      collection: 'program-acceptances',
      where: { program: { equals: lakeside.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(accepted.docs.filter((acceptance) => acceptance.user === mentor.id)).toHaveLength(2)
    expect(accepted.docs.filter((acceptance) => acceptance.user === student.id)).toHaveLength(2)
  })

  it('a visitor filtering the directory to each programme finds its demo mentor there, and only them', async () => {
    const search = (program: string) => searchMentors(payload, parseDirectoryParams({ program, show: 'all' }))
    const [inLakeside, inNorthwind] = await Promise.all([search(demoPrograms.lakeside.slug), search(demoPrograms.northwind.slug)])
    expect(inLakeside.docs.map((card) => card.displayName)).toEqual(['Jun Park'])
    expect(inLakeside.program).toMatchObject({ name: 'Lakeside Mentors' })
    expect(inNorthwind.docs.map((card) => card.displayName)).toEqual(['Kiran Shah'])
  })

  it('staff@example.org finds a student waiting for approval, who answered and accepted, but not their institution address', async () => {
    const waitingAccount = demoAccounts.find((candidate) => candidate.email === 'waiting@example.org')
    expect(waitingAccount?.password).toBe('demo-waiting-2026')
    const staff = await account('staff@example.org')
    const { docs } = await payload.find({
      collection: 'program-memberships',
      where: { status: { equals: 'awaiting-approval' } },
      depth: 0,
      overrideAccess: false,
      user: staff,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ program: lakeside.id, side: 'mentee', memberName: 'Theo Marsh', verifiedDomain: 'lakeside.edu' })
    expect(docs[0]?.answers).toHaveLength(2)
    expect(docs[0]).not.toHaveProperty('institutionEmail')
    expect(await agreementsOwedBy(payload, (await account('waiting@example.org')).id, lakeside.id, 'mentee')).toEqual([])
  })

  it('staff@example.org’s report on Lakeside Mentors counts the demo members: one mentor and one mentee in, one waiting for a day', async () => {
    const result = await programReport(payload, lakeside.id, { viewer: await account('staff@example.org') })
    expect(result.ok).toBe(true)
    const { report } = result as Extract<typeof result, { ok: true }>
    expect(report.members.atEnd.mentor.active).toBe(1)
    expect(report.members.atEnd.mentee).toMatchObject({ active: 1, 'awaiting-approval': 1 })
    expect(report.members.joinedInPeriod).toEqual({ mentor: 1, mentee: 1 })
    expect(report.waiting).toMatchObject({ total: 1, oldestWaitedDays: 1 })
    // Northwind's representative may not read the Career Center's report.
    expect(await programReport(payload, lakeside.id, { viewer: await account('company@example.org') })).toMatchObject({ ok: false, status: 403 })
  })

  it('Northwind’s Pride network programme takes mentors by invitation only, open to any Career Candidate, with its own code of conduct', async () => {
    const [company, connector] = await Promise.all([account('company@example.org'), account('connector@example.org')])
    expect(northwind).toMatchObject({
      status: 'open',
      organization: company.organization,
      menteesJoin: true,
      mentorRules: { invitationOnly: true },
      menteeRules: { emailDomains: [], requireApproval: false, invitationOnly: false },
    })
    const agreements = await payload.find({ collection: 'program-agreements', where: { program: { equals: northwind.id } }, depth: 0 })
    expect(agreements.docs.map((agreement) => [agreement.title, agreement.appliesTo])).toEqual([['Northwind Pride Mentoring Code of Conduct', 'everyone']])

    const invitations = await payload.find({
      collection: 'program-invitations',
      where: { program: { equals: northwind.id } },
      depth: 0,
      user: company,
      overrideAccess: false,
    })
    expect(invitations.docs).toHaveLength(1)
    expect(invitations.docs[0]).toMatchObject({ side: 'mentor', uses: 1, createdBy: company.id })
    expect(invitations.docs[0]?.token).toBeTruthy()

    const [joined] = (await membershipsOf(northwind)).filter((membership) => membership.user === connector.id)
    expect(joined).toMatchObject({ side: 'mentor', status: 'active', invitation: invitations.docs[0]?.id })
    expect(await agreementsOwedBy(payload, connector.id, northwind.id, 'mentor')).toEqual([])
  })

  it.runIf(fs.existsSync(seedDocuments))(
    'writes its programme texts in its own words, sharing no sentence with the source documents (nor do the demo’s policies and guides)',
    async () => {
      const words = (text: string) =>
        text
          .toLowerCase()
          .replace(/[’']/g, "'")
          .match(/[a-z0-9']+/g) ?? []
      const runs = (text: string, length: number) => {
        const list = words(text)
        return list.slice(0, Math.max(0, list.length - length + 1)).map((_, index) => list.slice(index, index + length).join(' '))
      }
      const { docs: programs } = await payload.find({ collection: 'programs', depth: 0, pagination: false, overrideAccess: true })
      const { docs: agreements } = await payload.find({ collection: 'program-agreements', depth: 0, pagination: false, overrideAccess: true })
      const demoText = [
        ...programs.flatMap((program) => [program.summary, program.eligibility ?? '', policyBodyText(program.description)]),
        ...agreements.flatMap((agreement) => [agreement.title, agreement.summary ?? '', policyBodyText(agreement.body)]),
        // And the rest of the demo's texts (policies, role guides) while we are at it.
        ...fs
          .readdirSync(path.join(root, 'src/seed/content'), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.md'))
          .map((file) => fs.readFileSync(path.join(root, 'src/seed/content', file), 'utf8')),
      ].join('\n')
      expect(demoText).toContain('Lakeside Mentors')
      const ours = new Set(runs(demoText, 6))

      const sources = fs.readdirSync(seedDocuments).filter((file) => file.endsWith('.txt'))
      expect(sources.length).toBeGreaterThan(0)
      for (const file of sources) {
        const source = fs.readFileSync(path.join(seedDocuments, file), 'utf8')
        // Six words in a row from any of the source's sentences would be a copied sentence.
        expect(runs(source, 6).filter((run) => ours.has(run))).toEqual([])
      }
    },
  )
})
