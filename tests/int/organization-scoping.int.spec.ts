import { Forbidden, NotFound, type Payload } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access'
import { currentQuestionnaire } from '@/career-center-index/current'
import type { IndexQuestionnaire } from '@/career-center-index/scoring'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Organization, User } from '../../payload-types'

/*
 * Organisation staff are scoped to their own organisation. Every case goes through the local API
 * with `overrideAccess: false` and the actor as `user`, which is how the admin panel, REST and
 * GraphQL are guarded too. Two companies (A, B) and two Career Centers (C, D) each keep a logo,
 * an invitation and (Career Centers) last year's Index self-assessment.
 */

type Id = number | string
type Doc = { id: Id } & Record<string, unknown>
type OrgKey = 'A' | 'B' | 'C' | 'D'
type Person = 'repA' | 'repB' | 'repC' | 'staffC' | 'repD' | 'staffD' | 'admin' | 'mentor' | 'student'

const everyOrganization: OrgKey[] = ['A', 'B', 'C', 'D']

const organizationSpecs: Record<OrgKey, { name: string; kind: Organization['kind'] }> = {
  A: { name: 'Company A', kind: 'company' },
  B: { name: 'Company B', kind: 'company' },
  C: { name: 'Career Center C', kind: 'career-center' },
  D: { name: 'Career Center D', kind: 'career-center' },
}

let payload: Payload
let png: Buffer
let questionnaire: IndexQuestionnaire
const organizations = {} as Record<OrgKey, Organization>
const people = {} as Record<Person, User>
const logoOf = {} as Record<OrgKey, Id>
const invitationOf = {} as Record<OrgKey, Id>
const assessmentOf = {} as Partial<Record<OrgKey, Id>>
const membersOf: Record<OrgKey, Person[]> = { A: ['repA'], B: ['repB'], C: ['repC', 'staffC'], D: ['repD', 'staffD'] }

let serial = 0
const unique = (label: string) => `${label} ${++serial}`
const uniqueEmail = () => `invitee${++serial}@example.test`

const orgId = (key: OrgKey) => organizations[key].id
const keyOf = (id: Id | null): string =>
  everyOrganization.find((key) => id != null && String(orgId(key)) === String(id)) ?? `unknown organisation ${String(id)}`

const actors = {
  'company A representative': { own: 'A', user: () => people.repA },
  'career centre C representative': { own: 'C', user: () => people.repC },
  'career centre C staff': { own: 'C', user: () => people.staffC },
  admin: { own: null, user: () => people.admin },
  mentor: { own: null, user: () => people.mentor },
  student: { own: null, user: () => people.student },
  anonymous: { own: null, user: () => undefined },
} satisfies Record<string, { own: OrgKey | null; user: () => User | undefined }>

type ActorName = keyof typeof actors
type Actor = { own: OrgKey | null; user: () => User | undefined }

/** How one collection is exercised by the matrix. */
interface Subject {
  /** The organisation a document belongs to (an organisation belongs to itself). */
  ownerOf: (doc: Doc) => Id | null
  /** The standing document of `org` that cases read, try to edit and try to delete. */
  existing: (org: OrgKey, actor: User | undefined) => Id
  /** A document an allowed delete may remove (affiliations: also the one an allowed update answers). */
  throwaway: (org: OrgKey) => Promise<Id>
  /** Allowed updates change the standing document, or a throwaway when the change cannot be undone. */
  updates: 'existing' | 'throwaway'
  /** What the actor submits to create a document for `org`. */
  create: (org: OrgKey, user: User | undefined) => Promise<Doc>
  /** A change the actor attempts, and how to tell it was stored. */
  edit: (before: Doc) => { data: Record<string, unknown>; applied: (after: Doc) => boolean }
  /** Expectations on a document the actor created. */
  checkCreated?: (doc: Doc, user: User | undefined) => void
  /** Creating an organisation makes a new owner rather than joining one. */
  createsOrganization?: boolean
  /** How cases name the document of `target` they read, edit or delete. */
  describeTarget?: (target: OrgKey, actor: Actor) => string
}

type SubjectName = 'organizations' | 'media' | 'affiliations' | 'index-assessments' | 'users'

const asDoc = (doc: unknown) => doc as Doc

const uploadLogo = (org: OrgKey, user: User | undefined, overrideAccess: boolean) =>
  payload.create({
    collection: 'media',
    data: { alt: unique(`Logo of ${organizationSpecs[org].name}`), organization: orgId(org) },
    file: { data: png, mimetype: 'image/png', name: 'logo.png', size: png.length },
    user,
    overrideAccess,
  })

const invite = (org: OrgKey, user: User | undefined, overrideAccess: boolean) =>
  payload.create({
    collection: 'affiliations',
    data: { origin: 'invite', organization: orgId(org), email: uniqueEmail(), kind: 'mentor', status: 'pending' },
    user,
    overrideAccess,
  })

/** A new organisation's profile as an admin would enter it (the slug would be filled from the name). */
const newOrganization = (label: string, kind: Organization['kind']) => {
  const name = unique(label)
  return { name, kind, slug: name.toLowerCase().replace(/ /g, '-'), plan: { status: 'none' as const } }
}

const startAssessment = (org: OrgKey, user: User | undefined, overrideAccess: boolean) =>
  payload.create({ collection: 'index-assessments', data: { organization: orgId(org), status: 'draft' }, user, overrideAccess })

const subjects: Record<SubjectName, Subject> = {
  organizations: {
    ownerOf: (doc) => doc.id,
    existing: (org) => orgId(org),
    throwaway: async (org) =>
      (
        await payload.create({
          collection: 'organizations',
          data: newOrganization('Closing organisation', organizationSpecs[org].kind),
          overrideAccess: true,
        })
      ).id,
    updates: 'existing',
    create: async (org, user) =>
      asDoc(
        await payload.create({
          collection: 'organizations',
          data: newOrganization('New organisation', organizationSpecs[org].kind),
          user,
          overrideAccess: false,
        }),
      ),
    edit: () => {
      const summary = unique('Edited summary')
      return { data: { summary }, applied: (after) => after.summary === summary }
    },
    createsOrganization: true,
  },
  media: {
    ownerOf: (doc) => idOf(doc.organization as Id | null),
    existing: (org) => logoOf[org],
    throwaway: async (org) => (await uploadLogo(org, people.admin, true)).id,
    updates: 'existing',
    create: async (org, user) => asDoc(await uploadLogo(org, user, false)),
    edit: () => {
      const alt = unique('Edited alternative text')
      return { data: { alt }, applied: (after) => after.alt === alt }
    },
  },
  affiliations: {
    ownerOf: (doc) => idOf(doc.organization as Id | null),
    existing: (org) => invitationOf[org],
    throwaway: async (org) => (await invite(org, people.admin, true)).id,
    // Withdrawing is the one change a representative can make, and it cannot be undone.
    updates: 'throwaway',
    create: async (org, user) => asDoc(await invite(org, user, false)),
    edit: () => ({ data: { status: 'withdrawn' }, applied: (after) => after.status === 'withdrawn' }),
    checkCreated: (doc, user) => {
      expect(doc).toMatchObject({ origin: 'invite', status: 'pending' })
      expect(idOf(doc.invitedBy as Id | null)).toBe(user?.id)
    },
  },
  'index-assessments': {
    ownerOf: (doc) => idOf(doc.organization as Id | null),
    existing: (org) => {
      const id = assessmentOf[org]
      if (id == null) throw new Error(`Organisation ${org} has no assessment`)
      return id
    },
    throwaway: async (org) => (await startAssessment(org, people.admin, true)).id,
    updates: 'existing',
    create: async (org, user) => asDoc(await startAssessment(org, user, false)),
    edit: (before) => {
      const key = questionnaire.factors[0].questions[0].key
      const previous = (before.answers as Record<string, string> | null | undefined)?.[key]
      const answer = previous === 'yes' ? 'no' : 'yes'
      return {
        data: { answers: { [key]: answer } },
        applied: (after) => (after.answers as Record<string, string> | null | undefined)?.[key] === answer,
      }
    },
    checkCreated: (doc) => {
      // Starting an assessment snapshots this year's questionnaire.
      expect(doc).toMatchObject({ year: questionnaire.year, status: 'draft', questionnaire })
    },
  },
  users: {
    ownerOf: (doc) => idOf(doc.organization as Id | null),
    existing: (org, actor) => {
      const person = membersOf[org].find((each) => people[each].id !== actor?.id)
      if (!person) throw new Error(`Organisation ${org} has nobody else`)
      return people[person].id
    },
    throwaway: async (org) => (await createUser(payload, ['career-center-staff'], { organization: orgId(org), organizationRole: 'staff' })).id,
    updates: 'existing',
    create: async (org, user) =>
      asDoc(
        await payload.create({
          collection: 'users',
          data: {
            email: uniqueEmail(),
            password: 'a-long-test-password',
            chosenName: unique('Recruit'),
            roles: [organizationSpecs[org].kind === 'company' ? 'company-representative' : 'career-center-staff'],
            organization: orgId(org),
            organizationRole: 'representative',
          },
          user,
          overrideAccess: false,
          disableVerificationEmail: true,
        }),
      ),
    edit: () => {
      const chosenName = unique('Renamed')
      return { data: { chosenName }, applied: (after) => after.chosenName === chosenName }
    },
    describeTarget: (target, actor) =>
      actor.own == null ? `staff member of org ${target}` : target === actor.own ? `colleague in own org (${target})` : `staff member of other org (${target})`,
  },
}

/* The matrix. Each row is one actor on one collection; each cell names the organisation targeted. */

type Outcome = 'allowed' | 'refused' | 'own org instead'
type Target = OrgKey | 'self'
type ListOutcome = OrgKey[] | 'refused' | 'own account only'

interface Row {
  create?: Partial<Record<OrgKey, Outcome>>
  list?: ListOutcome
  read?: Partial<Record<Target, Outcome>>
  update?: Partial<Record<Target, Outcome>>
  delete?: Partial<Record<Target, Outcome>>
}

const publicEverywhere = (org: OrgKey): Row => ({
  create: { [org]: 'refused' },
  list: everyOrganization,
  read: { [org]: 'allowed' },
  update: { [org]: 'refused' },
  delete: { [org]: 'refused' },
})
const closedEverywhere = (org: OrgKey, list: ListOutcome): Row => ({
  create: { [org]: 'refused' },
  list,
  read: { [org]: 'refused' },
  update: { [org]: 'refused' },
  delete: { [org]: 'refused' },
})

const matrix: [ActorName, SubjectName, Row][] = [
  // Organisations: everyone reads profiles; staff edit their own; only admins create and delete.
  [
    'company A representative',
    'organizations',
    {
      create: { A: 'refused' },
      list: everyOrganization,
      read: { A: 'allowed', B: 'allowed' },
      update: { A: 'allowed', B: 'refused' },
      delete: { A: 'refused', B: 'refused' },
    },
  ],
  [
    'career centre C representative',
    'organizations',
    {
      create: { C: 'refused' },
      list: everyOrganization,
      read: { C: 'allowed', D: 'allowed' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'refused', D: 'refused' },
    },
  ],
  [
    'career centre C staff',
    'organizations',
    {
      create: { C: 'refused' },
      list: everyOrganization,
      read: { C: 'allowed', D: 'allowed' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'refused', D: 'refused' },
    },
  ],
  ['admin', 'organizations', { create: { C: 'allowed' }, list: everyOrganization, read: { C: 'allowed' }, update: { C: 'allowed' }, delete: { C: 'allowed' } }],
  ['mentor', 'organizations', publicEverywhere('C')],
  ['anonymous', 'organizations', publicEverywhere('C')],

  // Media: public images; staff uploads belong to their organisation whatever they submit.
  [
    'company A representative',
    'media',
    {
      create: { A: 'allowed', B: 'own org instead' },
      list: everyOrganization,
      read: { A: 'allowed', B: 'allowed' },
      update: { A: 'allowed', B: 'refused' },
      delete: { A: 'allowed', B: 'refused' },
    },
  ],
  [
    'career centre C representative',
    'media',
    {
      create: { C: 'allowed', D: 'own org instead' },
      list: everyOrganization,
      read: { C: 'allowed', D: 'allowed' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'allowed', D: 'refused' },
    },
  ],
  [
    'career centre C staff',
    'media',
    {
      create: { C: 'allowed', D: 'own org instead' },
      list: everyOrganization,
      read: { C: 'allowed', D: 'allowed' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'allowed', D: 'refused' },
    },
  ],
  ['admin', 'media', { create: { C: 'allowed' }, list: everyOrganization, read: { C: 'allowed' }, update: { C: 'allowed' }, delete: { C: 'allowed' } }],
  ['mentor', 'media', publicEverywhere('C')],
  ['anonymous', 'media', publicEverywhere('C')],

  // Affiliations: staff see their organisation's; only representatives invite, withdraw and delete.
  [
    'company A representative',
    'affiliations',
    {
      create: { A: 'allowed', B: 'own org instead' },
      list: ['A'],
      read: { A: 'allowed', B: 'refused' },
      update: { A: 'allowed', B: 'refused' },
      delete: { A: 'allowed', B: 'refused' },
    },
  ],
  [
    'career centre C representative',
    'affiliations',
    {
      create: { C: 'allowed', D: 'own org instead' },
      list: ['C'],
      read: { C: 'allowed', D: 'refused' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'allowed', D: 'refused' },
    },
  ],
  [
    'career centre C staff',
    'affiliations',
    {
      create: { C: 'refused', D: 'refused' },
      list: ['C'],
      read: { C: 'allowed', D: 'refused' },
      update: { C: 'refused', D: 'refused' },
      delete: { C: 'refused', D: 'refused' },
    },
  ],
  ['admin', 'affiliations', { create: { C: 'allowed' }, list: everyOrganization, read: { C: 'allowed' }, update: { C: 'allowed' }, delete: { C: 'allowed' } }],
  ['mentor', 'affiliations', closedEverywhere('C', [])],
  ['student', 'affiliations', closedEverywhere('C', [])],
  ['anonymous', 'affiliations', closedEverywhere('C', 'refused')],

  // Index self-assessments: confidential to the centre's staff and admins; only admins delete.
  [
    'company A representative',
    'index-assessments',
    { create: { A: 'refused', C: 'refused' }, list: [], read: { C: 'refused' }, update: { C: 'refused' }, delete: { C: 'refused' } },
  ],
  [
    'career centre C representative',
    'index-assessments',
    {
      create: { C: 'allowed', D: 'own org instead' },
      list: ['C'],
      read: { C: 'allowed', D: 'refused' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'refused', D: 'refused' },
    },
  ],
  [
    'career centre C staff',
    'index-assessments',
    {
      create: { C: 'allowed', D: 'own org instead' },
      list: ['C'],
      read: { C: 'allowed', D: 'refused' },
      update: { C: 'allowed', D: 'refused' },
      delete: { C: 'refused', D: 'refused' },
    },
  ],
  ['admin', 'index-assessments', { create: { C: 'allowed' }, list: ['C', 'D'], read: { C: 'allowed' }, update: { C: 'allowed' }, delete: { C: 'allowed' } }],
  ['mentor', 'index-assessments', closedEverywhere('C', 'refused')],
  ['student', 'index-assessments', closedEverywhere('C', 'refused')],
  ['anonymous', 'index-assessments', closedEverywhere('C', 'refused')],

  // Accounts: staff see and edit only their own, never a colleague's or another organisation's.
  [
    'company A representative',
    'users',
    {
      create: { A: 'refused' },
      list: 'own account only',
      read: { self: 'allowed', C: 'refused' },
      update: { self: 'allowed', C: 'refused' },
      delete: { self: 'refused', C: 'refused' },
    },
  ],
  [
    'career centre C representative',
    'users',
    {
      create: { C: 'refused' },
      list: 'own account only',
      read: { self: 'allowed', C: 'refused', D: 'refused' },
      update: { self: 'allowed', C: 'refused', D: 'refused' },
      delete: { self: 'refused', C: 'refused', D: 'refused' },
    },
  ],
  [
    'career centre C staff',
    'users',
    {
      create: { C: 'refused' },
      list: 'own account only',
      read: { self: 'allowed', C: 'refused', D: 'refused' },
      update: { self: 'allowed', C: 'refused', D: 'refused' },
      delete: { self: 'refused', C: 'refused', D: 'refused' },
    },
  ],
  ['mentor', 'users', { create: { D: 'refused' }, list: 'own account only', read: { D: 'refused' }, update: { D: 'refused' }, delete: { D: 'refused' } }],
  ['anonymous', 'users', { create: { D: 'refused' }, list: 'refused', read: { D: 'refused' }, update: { D: 'refused' }, delete: { D: 'refused' } }],
]

/* Running one cell. */

async function attempt<T>(operation: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await operation() }
  } catch (error) {
    return { ok: false, error }
  }
}

/** Refused by access: Forbidden when the rule says no, NotFound when its filter hides the document. */
const expectAccessRefusal = (result: { ok: boolean; error?: unknown }) => {
  expect(result.ok, 'the operation went through').toBe(false)
  const refusedByAccess = result.error instanceof Forbidden || result.error instanceof NotFound
  expect(refusedByAccess, `expected Forbidden or NotFound, got ${String(result.error)}`).toBe(true)
}

const storedDoc = async (name: SubjectName, id: Id) =>
  asDoc(await payload.findByID({ collection: name, id, depth: 0, overrideAccess: true, disableErrors: true }))

const removeQuietly = async (name: SubjectName, id: Id) => {
  await payload.delete({ collection: name, id, overrideAccess: true }).catch(() => undefined)
}

const targetLabel = (name: SubjectName, target: Target, actor: Actor, creating = false) => {
  if (target === 'self') return 'own account'
  const inSubjectWords = subjects[name].describeTarget
  if (inSubjectWords && !creating) return inSubjectWords(target, actor)
  if (actor.own == null) return `org ${target}`
  return target === actor.own ? `own org (${target})` : `other org (${target})`
}

const outcomeLabel = (outcome: Outcome) => (outcome === 'own org instead' ? 'created for own org instead' : outcome)

const listLabel = (outcome: ListOutcome) =>
  outcome === 'refused' || outcome === 'own account only' ? outcome : outcome.length === 0 ? 'lists none' : `lists only ${outcome.join(', ')}`

type Case = { title: string; run: () => Promise<void> }

function casesFor(actorName: ActorName, name: SubjectName, row: Row): Case[] {
  const actor: Actor = actors[actorName]
  const subject = subjects[name]
  const title = (operation: string, target: string, outcome: string) => `${actorName} · ${operation} · ${name} · ${target} → ${outcome}`
  const targetId = (target: Target) => (target === 'self' ? actor.user()!.id : subject.existing(target, actor.user()))
  const cases: Case[] = []

  for (const [target, outcome] of Object.entries(row.create ?? {}) as [OrgKey, Outcome][]) {
    cases.push({
      title: title('create', targetLabel(name, target, actor, true), outcomeLabel(outcome)),
      run: async () => {
        const result = await attempt(() => subject.create(target, actor.user()))
        if (outcome === 'refused') {
          if (result.ok) await removeQuietly(name, result.value.id)
          expect(result.ok, 'the document was created').toBe(false)
          expect(result.ok ? null : result.error).toBeInstanceOf(Forbidden)
          return
        }
        if (!result.ok) throw result.error
        try {
          if (!subject.createsOrganization) {
            expect(keyOf(subject.ownerOf(result.value))).toBe(outcome === 'own org instead' ? actor.own : target)
          }
          subject.checkCreated?.(result.value, actor.user())
        } finally {
          await removeQuietly(name, result.value.id)
        }
      },
    })
  }

  if (row.list) {
    const outcome = row.list
    cases.push({
      title: `${actorName} · read list · ${name} → ${listLabel(outcome)}`,
      run: async () => {
        const result = await attempt(() => payload.find({ collection: name, depth: 0, limit: 500, user: actor.user(), overrideAccess: false }))
        if (outcome === 'refused') {
          expect(result.ok, 'the list was readable').toBe(false)
          expect(result.ok ? null : result.error).toBeInstanceOf(Forbidden)
          return
        }
        if (!result.ok) throw result.error
        const docs = result.value.docs.map(asDoc)
        if (outcome === 'own account only') {
          expect(docs.map((doc) => doc.id)).toEqual([actor.user()!.id])
          return
        }
        const owners = [...new Set(docs.map((doc) => keyOf(subject.ownerOf(doc))))].sort()
        expect(owners).toEqual([...outcome].sort())
      },
    })
  }

  for (const [target, outcome] of Object.entries(row.read ?? {}) as [Target, Outcome][]) {
    cases.push({
      title: title('read', targetLabel(name, target, actor), outcomeLabel(outcome)),
      run: async () => {
        const id = targetId(target)
        const result = await attempt(() => payload.findByID({ collection: name, id, depth: 0, user: actor.user(), overrideAccess: false }))
        if (outcome === 'refused') return expectAccessRefusal(result)
        if (!result.ok) throw result.error
        expect(String(result.value.id)).toBe(String(id))
      },
    })
  }

  for (const [target, outcome] of Object.entries(row.update ?? {}) as [Target, Outcome][]) {
    cases.push({
      title: title('update', targetLabel(name, target, actor), outcomeLabel(outcome)),
      run: async () => {
        const throwaway = outcome === 'allowed' && subject.updates === 'throwaway' && target !== 'self'
        const id = throwaway ? await subject.throwaway(target as OrgKey) : targetId(target)
        try {
          const before = await storedDoc(name, id)
          const edit = subject.edit(before)
          const result = await attempt(() =>
            payload.update({ collection: name, id, data: edit.data as never, depth: 0, user: actor.user(), overrideAccess: false }),
          )
          const after = await storedDoc(name, id)
          if (outcome === 'refused') {
            expectAccessRefusal(result)
            expect(edit.applied(after)).toBe(false)
            expect(after.updatedAt).toBe(before.updatedAt)
            return
          }
          if (!result.ok) throw result.error
          expect(edit.applied(after)).toBe(true)
        } finally {
          if (throwaway) await removeQuietly(name, id)
        }
      },
    })
  }

  for (const [target, outcome] of Object.entries(row.delete ?? {}) as [Target, Outcome][]) {
    cases.push({
      title: title('delete', targetLabel(name, target, actor), outcomeLabel(outcome)),
      run: async () => {
        const throwaway = outcome === 'allowed'
        const id = throwaway ? await subject.throwaway(target as OrgKey) : targetId(target)
        try {
          const result = await attempt(() => payload.delete({ collection: name, id, user: actor.user(), overrideAccess: false }))
          const { totalDocs } = await payload.count({ collection: name, where: { id: { equals: id } }, overrideAccess: true })
          if (outcome === 'refused') {
            expectAccessRefusal(result)
            expect(totalDocs, 'the document is gone').toBe(1)
            return
          }
          if (!result.ok) throw result.error
          expect(totalDocs).toBe(0)
        } finally {
          if (throwaway) await removeQuietly(name, id)
        }
      },
    })
  }
  return cases
}

const readOrganization = async (reader: ActorName, org: OrgKey) =>
  asDoc(await payload.findByID({ collection: 'organizations', id: orgId(org), depth: 0, user: actors[reader].user(), overrideAccess: false }))

describe('organisation staff are scoped to their own organisation', () => {
  beforeAll(async () => {
    payload = await startTestPayload()
    png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    questionnaire = await currentQuestionnaire(payload)

    for (const key of everyOrganization) {
      organizations[key] = await payload.create({
        collection: 'organizations',
        data: {
          ...organizationSpecs[key],
          slug: `organization-${key.toLowerCase()}`,
          summary: `${organizationSpecs[key].name} as it was set up`,
          plan: { status: 'active', tier: 'partner', notes: `Invoice for ${key}` },
        },
        overrideAccess: true,
      })
    }
    // D has a rating it has not chosen to show yet.
    organizations.D = await payload.update({
      collection: 'organizations',
      id: orgId('D'),
      data: { indexBadge: { year: questionnaire.year - 1, rating: 4 } },
      overrideAccess: true,
    })

    const staff = (role: string, org: OrgKey, organizationRole: 'representative' | 'staff') =>
      createUser(payload, [role], { organization: orgId(org), organizationRole })
    people.repA = await staff('company-representative', 'A', 'representative')
    people.repB = await staff('company-representative', 'B', 'representative')
    people.repC = await staff('career-center-staff', 'C', 'representative')
    people.staffC = await staff('career-center-staff', 'C', 'staff')
    people.repD = await staff('career-center-staff', 'D', 'representative')
    people.staffD = await staff('career-center-staff', 'D', 'staff')
    people.admin = await createUser(payload, ['admin'])
    people.mentor = await createUser(payload, ['mentor'])
    people.student = await createUser(payload, ['career-candidate'])

    for (const key of everyOrganization) {
      // Set-up acts as an admin: the hooks give non-admin uploads and invitations the uploader's organisation.
      logoOf[key] = (await uploadLogo(key, people.admin, true)).id
      invitationOf[key] = (await invite(key, people.admin, true)).id
    }
    for (const key of ['C', 'D'] as const) {
      // Last year's assessment, so this year's stays free for the cases that start one.
      const assessment = await startAssessment(key, people.admin, true)
      await payload.update({
        collection: 'index-assessments',
        id: assessment.id,
        data: { year: questionnaire.year - 1 },
        // The Career Center relationship only offers an admin's or the centre's own choices, even here.
        user: people.admin,
        overrideAccess: true,
      })
      assessmentOf[key] = assessment.id
    }
  })
  afterAll(() => stopTestPayload(payload))

  describe('access matrix', () => {
    for (const [actorName, name, row] of matrix) {
      for (const { title, run } of casesFor(actorName, name, row)) it(title, run)
    }
  })

  describe('fields only admins may set', () => {
    it('career centre C staff · update · organizations · own org plan → ignored, the stored plan is unchanged', async () => {
      const before = await storedDoc('organizations', orgId('C'))
      const summary = unique('Summary saved alongside the plan')
      await payload.update({
        collection: 'organizations',
        id: orgId('C'),
        data: { summary, plan: { status: 'cancelled', tier: 'champion', notes: 'Paid in full', renewalDate: '2099-01-01' } },
        user: people.staffC,
        overrideAccess: false,
      })
      const after = await storedDoc('organizations', orgId('C'))
      expect(after.summary).toBe(summary)
      expect(after.plan).toEqual(before.plan)
    })

    it('company A representative · update · organizations · own org kind → ignored, stays a company', async () => {
      await payload.update({ collection: 'organizations', id: orgId('A'), data: { kind: 'career-center' }, user: people.repA, overrideAccess: false })
      expect((await storedDoc('organizations', orgId('A'))).kind).toBe('company')
    })

    it('career centre D representative · update · organizations · own org index badge → ignored, only a submitted assessment sets it', async () => {
      await payload.update({
        collection: 'organizations',
        id: orgId('D'),
        data: { indexBadge: { year: questionnaire.year, rating: 5 } },
        user: people.repD,
        overrideAccess: false,
      })
      expect((await storedDoc('organizations', orgId('D'))).indexBadge).toMatchObject({ year: questionnaire.year - 1, rating: 4 })
    })

    it('career centre C staff · update · media · own logo handed to other org (D) → ignored, stays with C', async () => {
      await payload.update({ collection: 'media', id: logoOf.C, data: { organization: orgId('D') }, user: people.staffC, overrideAccess: false })
      expect(keyOf(idOf((await storedDoc('media', logoOf.C)).organization as Id))).toBe('C')
    })

    it('career centre C staff · update · users · own account moved to other org (D) as representative → ignored', async () => {
      await payload.update({
        collection: 'users',
        id: people.staffC.id,
        data: { organization: orgId('D'), organizationRole: 'representative', roles: ['admin'] },
        user: people.staffC,
        overrideAccess: false,
      })
      const after = await storedDoc('users', people.staffC.id)
      expect(keyOf(idOf(after.organization as Id))).toBe('C')
      expect(after).toMatchObject({ organizationRole: 'staff', roles: ['career-center-staff'] })
    })

    it('career centre C staff · update · index-assessments · own assessment moved to other org (D) → ignored, stays with C', async () => {
      const id = assessmentOf.C!
      await payload.update({ collection: 'index-assessments', id, data: { organization: orgId('D') }, user: people.staffC, overrideAccess: false })
      expect(keyOf(idOf((await storedDoc('index-assessments', id)).organization as Id))).toBe('C')
    })
  })

  describe('who sees an organisation’s plan', () => {
    const cases: [ActorName, OrgKey, 'hidden' | 'shown without notes' | 'shown with notes'][] = [
      ['anonymous', 'C', 'hidden'],
      ['mentor', 'C', 'hidden'],
      ['company A representative', 'C', 'hidden'],
      ['company A representative', 'B', 'hidden'],
      ['career centre C representative', 'D', 'hidden'],
      ['career centre C staff', 'D', 'hidden'],
      ['company A representative', 'A', 'shown without notes'],
      ['career centre C representative', 'C', 'shown without notes'],
      ['career centre C staff', 'C', 'shown without notes'],
      ['admin', 'C', 'shown with notes'],
    ]
    it.each(cases)('%s · read · organizations · org %s → plan %s', async (reader, org, visibility) => {
      const doc = await readOrganization(reader, org)
      if (visibility === 'hidden') return expect(doc).not.toHaveProperty('plan')
      expect(doc.plan).toMatchObject({ status: 'active', tier: 'partner' })
      if (visibility === 'shown with notes') expect(doc.plan).toMatchObject({ notes: `Invoice for ${org}` })
      else expect(doc.plan).not.toHaveProperty('notes')
    })

    it('career centre C staff · read list · organizations → plan shown only on own org (C)', async () => {
      const { docs } = await payload.find({ collection: 'organizations', depth: 0, limit: 100, user: people.staffC, overrideAccess: false })
      const withPlan = docs.map(asDoc).filter((doc) => doc.plan !== undefined)
      expect(withPlan.map((doc) => keyOf(doc.id))).toEqual(['C'])
    })

    it('career centre C staff · read · media of other org (D), organisation populated → plan hidden', async () => {
      const logo = asDoc(await payload.findByID({ collection: 'media', id: logoOf.D, depth: 1, user: people.staffC, overrideAccess: false }))
      expect(logo.organization).toMatchObject({ id: orgId('D'), name: organizationSpecs.D.name })
      expect(logo.organization).not.toHaveProperty('plan')
    })
  })

  describe('the Career Center Index badge', () => {
    const cases: [ActorName | 'career centre D staff', 'hidden' | 'shown'][] = [
      ['anonymous', 'hidden'],
      ['mentor', 'hidden'],
      ['career centre C staff', 'hidden'],
      ['career centre D staff', 'shown'],
      ['admin', 'shown'],
    ]
    it.each(cases)('%s · read · organizations · org D before it shows its badge → badge %s', async (reader, visibility) => {
      const user = reader === 'career centre D staff' ? people.staffD : actors[reader].user()
      const doc = asDoc(await payload.findByID({ collection: 'organizations', id: orgId('D'), depth: 0, user, overrideAccess: false }))
      if (visibility === 'hidden') expect(doc).not.toHaveProperty('indexBadge')
      else expect(doc.indexBadge).toMatchObject({ year: questionnaire.year - 1, rating: 4 })
    })

    it('anonymous · read · organizations · org D once its representative shows the badge → badge shown', async () => {
      await payload.update({ collection: 'organizations', id: orgId('D'), data: { showIndexBadge: true }, user: people.repD, overrideAccess: false })
      const doc = await readOrganization('anonymous', 'D')
      expect(doc.indexBadge).toMatchObject({ year: questionnaire.year - 1, rating: 4 })
    })
  })
})
