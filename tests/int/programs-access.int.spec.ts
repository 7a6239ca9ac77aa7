import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Program, ProgramMembership, User } from '../../payload-types'
import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Who may read and change a programme's records, through the entrances everyone has: the local
 * API with their own access (as pages, REST and GraphQL run it) and REST itself. Lakeside's
 * Career Center runs its programmes; Northwind's representative runs theirs and must see none
 * of Lakeside's members; members see their own place only; visitors see open programmes.
 */

type Id = number | string
type Actor = 'anonymous' | 'admin' | 'ownerStaff' | 'otherStaff' | 'member' | 'nonMember'

let payload: Payload
let people: Record<Exclude<Actor, 'anonymous'>, User>
let lakeside: Id
let northwind: Id
let open: Program
let draft: Program
let archived: Program
let membership: ProgramMembership
let invitationId: Id
let acceptanceId: Id
let serial = 0

const as = (actor: Actor) => (actor === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: people[actor] })
const everyone: Actor[] = ['anonymous', 'admin', 'ownerStaff', 'otherStaff', 'member', 'nonMember']

async function newProgram(status: Program['status'], organization: Id | null = lakeside) {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: { name: `Access programme ${serial}`, slug: `access-programme-${serial}`, organization, status, summary: 'For the access tests.' } as never,
    overrideAccess: true,
  })
}

/** Whether `actor` finds the record by id (a refusal and "not found" both mean no). */
async function finds(actor: Actor, collection: 'programs' | 'program-memberships' | 'program-invitations' | 'program-acceptances', id: Id) {
  try {
    await payload.findByID({ collection, id, depth: 0, ...as(actor) })
    return true
  } catch {
    return false
  }
}

/** Whether the write went through: refusals (403, 404, 400) count as no. */
const succeeds = (write: Promise<unknown>) => write.then(() => true).catch(() => false)

const rest = async (path: string, token?: string) =>
  handleEndpoints({
    config: (await import('@payload-config')).default,
    request: new Request(`http://localhost:3000/api${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
  })
const tokenOf = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password: 'a-long-test-password' } })).token!

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  const organization = (name: string, kind: string) =>
    payload.create({ collection: 'organizations', data: { name, kind, slug: `${kind}-access`, plan: { status: 'none' } } as never, overrideAccess: true })
  lakeside = (await organization('Lakeside Career Center', 'career-center')).id
  northwind = (await organization('Northwind', 'company')).id
  people = {
    admin: (await createUser(payload, ['admin'])) as User,
    ownerStaff: (await createUser(payload, ['career-center-staff'], { organization: lakeside, organizationRole: 'staff' })) as User,
    otherStaff: (await createUser(payload, ['company-representative'], { organization: northwind, organizationRole: 'representative' })) as User,
    member: (await createUser(payload, ['career-candidate'])) as User,
    nonMember: (await createUser(payload, ['career-candidate'])) as User,
  }
  open = await newProgram('open')
  draft = await newProgram('draft')
  archived = await newProgram('archived')
  membership = await payload.create({
    collection: 'program-memberships',
    data: {
      program: open.id,
      user: people.member.id,
      memberName: people.member.chosenName,
      side: 'mentee',
      status: 'awaiting-approval',
      institutionEmail: 'robin@lakeside.edu',
      answers: [{ questionId: 'q1', question: 'What are you studying?', answer: 'Law', shareWithMentor: false }],
    } as never,
    overrideAccess: true,
  })
  invitationId = (
    await payload.create({
      collection: 'program-invitations',
      data: { program: open.id, label: 'Spring cohort', side: 'mentee' } as never,
      user: people.ownerStaff,
      overrideAccess: false,
    })
  ).id
  const agreement = await payload.create({
    collection: 'program-agreements',
    data: {
      program: open.id,
      title: 'Code of conduct',
      appliesTo: 'everyone',
      body: paragraphs('Be kind.'),
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  acceptanceId = (
    await payload.create({
      collection: 'program-acceptances',
      data: { user: people.member.id, program: open.id, agreement: agreement.id, versionNumber: 1, acceptedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  ).id
})

afterAll(() => stopTestPayload(payload))

describe('programmes', () => {
  it('shows open programmes to everyone, and drafts and the archive only to the owner’s staff and admins', async () => {
    const seen = async (program: Program) =>
      Object.fromEntries(await Promise.all(everyone.map(async (actor) => [actor, await finds(actor, 'programs', program.id)])))
    expect(await seen(open)).toEqual({ anonymous: true, admin: true, ownerStaff: true, otherStaff: true, member: true, nonMember: true })
    const staffOnly = { anonymous: false, admin: true, ownerStaff: true, otherStaff: false, member: false, nonMember: false }
    expect(await seen(draft)).toEqual(staffOnly)
    expect(await seen(archived)).toEqual(staffOnly)

    const listed = await payload.find({
      collection: 'programs',
      where: { organization: { equals: lakeside } },
      depth: 0,
      pagination: false,
      ...as('anonymous'),
    })
    expect(listed.docs.map((program) => program.id)).toEqual([open.id])
    const viaRest = (await (await rest('/programs?limit=100&depth=0')).json()) as { docs: { slug: string }[] }
    expect(viaRest.docs.map((program) => program.slug)).toContain(open.slug)
    expect(viaRest.docs.map((program) => program.slug)).not.toContain(draft.slug)
  })

  it('lets admins and organisation staff create programmes, for their own organisation only; members and visitors cannot', async () => {
    const data = (name: string) => ({ name, summary: 'A new programme.', status: 'draft' }) as never
    expect(await succeeds(payload.create({ collection: 'programs', data: data('By admin'), ...as('admin') }))).toBe(true)
    const byStaff = await payload.create({
      collection: 'programs',
      data: { ...(data('By staff') as object), organization: northwind } as never,
      ...as('ownerStaff'),
    })
    expect(typeof byStaff.organization === 'object' ? byStaff.organization?.id : byStaff.organization).toEqual(lakeside)
    for (const actor of ['anonymous', 'member', 'nonMember'] as const) {
      expect(await succeeds(payload.create({ collection: 'programs', data: data(`By ${actor}`), ...as(actor) }))).toBe(false)
    }
  })

  it('lets only the owner’s staff and admins change or delete a programme', async () => {
    for (const actor of everyone) {
      const program = await newProgram('open')
      const updated = await succeeds(payload.update({ collection: 'programs', id: program.id, data: { summary: `Changed by ${actor}` }, ...as(actor) }))
      const stored = await payload.findByID({ collection: 'programs', id: program.id, depth: 0, overrideAccess: true })
      const allowed = actor === 'admin' || actor === 'ownerStaff'
      expect({ actor, updated, changed: stored.summary === `Changed by ${actor}` }).toEqual({ actor, updated: allowed, changed: allowed })
      expect({ actor, deleted: await succeeds(payload.delete({ collection: 'programs', id: program.id, ...as(actor) })) }).toEqual({ actor, deleted: allowed })
    }
  })
})

describe('memberships', () => {
  it('are read by the member, the programme’s staff and admins only', async () => {
    const seen = Object.fromEntries(await Promise.all(everyone.map(async (actor) => [actor, await finds(actor, 'program-memberships', membership.id)])))
    expect(seen).toEqual({ anonymous: false, admin: true, ownerStaff: true, otherStaff: false, member: true, nonMember: false })
    for (const actor of ['anonymous', 'otherStaff', 'nonMember'] as const) {
      // A visitor is refused outright; a signed-in outsider gets an empty list.
      const docs = await payload
        .find({ collection: 'program-memberships', where: { program: { equals: open.id } }, depth: 0, ...as(actor) })
        .then((found) => found.docs)
        .catch((error: { status?: number }) => (error.status === 403 ? [] : error))
      expect({ actor, docs }).toEqual({ actor, docs: [] })
    }
  })

  it('show the answers to the member, the programme’s staff and admins, and the institution address to the member and admins only', async () => {
    const read = (actor: Actor) => payload.findByID({ collection: 'program-memberships', id: membership.id, depth: 0, ...as(actor) })
    const staffView = await read('ownerStaff')
    expect(staffView.answers?.[0]?.answer).toBe('Law')
    expect(staffView.institutionEmail).toBeUndefined()
    expect(staffView.emailToken).toBeUndefined()
    expect((await read('member')).institutionEmail).toBe('robin@lakeside.edu')
    expect((await read('member')).answers?.[0]?.answer).toBe('Law')
    expect((await read('admin')).institutionEmail).toBe('robin@lakeside.edu')

    const viaRest = await (await rest(`/program-memberships/${membership.id}?depth=0`, await tokenOf(people.ownerStaff))).text()
    expect(viaRest).toContain('Law')
    expect(viaRest).not.toContain('robin@lakeside.edu')
    const byOther = await rest(`/program-memberships/${membership.id}?depth=0`, await tokenOf(people.otherStaff))
    expect(byOther.status).toBe(404)
  })

  it('are created by the platform only, changed by staff only in their status and reason, and deleted by admins only', async () => {
    for (const actor of everyone) {
      const created = await succeeds(
        payload.create({
          collection: 'program-memberships',
          data: { program: open.id, user: people.nonMember.id, side: 'mentee', status: 'active' } as never,
          ...as(actor),
        }),
      )
      expect({ actor, created }).toEqual({ actor, created: false })
    }
    for (const actor of ['anonymous', 'otherStaff', 'member', 'nonMember'] as const) {
      expect({
        actor,
        updated: await succeeds(payload.update({ collection: 'program-memberships', id: membership.id, data: { status: 'active' }, ...as(actor) })),
      }).toEqual({
        actor,
        updated: false,
      })
    }
    expect((await payload.findByID({ collection: 'program-memberships', id: membership.id, overrideAccess: true })).status).toBe('awaiting-approval')

    // Staff may save the record, but the platform's fields keep their values.
    await payload
      .update({
        collection: 'program-memberships',
        id: membership.id,
        data: { side: 'mentor', institutionEmail: 'staff@example.org', hiddenFromListings: true, memberName: 'Renamed' } as never,
        ...as('ownerStaff'),
      })
      .catch(() => null)
    expect(await payload.findByID({ collection: 'program-memberships', id: membership.id, depth: 0, overrideAccess: true })).toMatchObject({
      side: 'mentee',
      institutionEmail: 'robin@lakeside.edu',
      memberName: people.member.chosenName,
    })

    for (const actor of ['anonymous', 'ownerStaff', 'otherStaff', 'member', 'nonMember'] as const) {
      expect({ actor, deleted: await succeeds(payload.delete({ collection: 'program-memberships', id: membership.id, ...as(actor) })) }).toEqual({
        actor,
        deleted: false,
      })
    }
    const spare = await payload.create({
      collection: 'program-memberships',
      data: { program: open.id, user: people.nonMember.id, side: 'mentee', status: 'left' } as never,
      overrideAccess: true,
    })
    expect(await succeeds(payload.delete({ collection: 'program-memberships', id: spare.id, ...as('admin') }))).toBe(true)
  })
})

describe('invitations', () => {
  it('are read, with their token, by the programme’s staff and admins only', async () => {
    const seen = Object.fromEntries(await Promise.all(everyone.map(async (actor) => [actor, await finds(actor, 'program-invitations', invitationId)])))
    expect(seen).toEqual({ anonymous: false, admin: true, ownerStaff: true, otherStaff: false, member: false, nonMember: false })
    const asStaff = await payload.findByID({ collection: 'program-invitations', id: invitationId, depth: 0, ...as('ownerStaff') })
    expect(asStaff.token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
  })

  it('are created and changed by the programme’s staff, never for another organisation’s programme; uses and token stay the platform’s', async () => {
    // The other organisation runs a programme of its own, so its staff are programme staff too.
    await newProgram('open', northwind)
    const data = { program: open.id, label: 'Another link', side: 'mentee' } as never
    for (const actor of ['anonymous', 'otherStaff', 'member', 'nonMember'] as const) {
      expect({ actor, created: await succeeds(payload.create({ collection: 'program-invitations', data, ...as(actor) })) }).toEqual({ actor, created: false })
      expect({
        actor,
        updated: await succeeds(payload.update({ collection: 'program-invitations', id: invitationId, data: { label: `By ${actor}` }, ...as(actor) })),
      }).toEqual({ actor, updated: false })
    }
    const before = await payload.findByID({ collection: 'program-invitations', id: invitationId, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'program-invitations',
      id: invitationId,
      data: { label: 'Renamed', uses: 99, token: 'chosen-token' } as never,
      ...as('ownerStaff'),
    })
    const after = await payload.findByID({ collection: 'program-invitations', id: invitationId, depth: 0, overrideAccess: true })
    expect(after).toMatchObject({ label: 'Renamed', uses: before.uses, token: before.token })
    expect(await succeeds(payload.create({ collection: 'program-invitations', data, ...as('admin') }))).toBe(true)
  })
})

describe('agreement acceptances', () => {
  it('are read by the member, the programme’s staff and admins, and never written through the API', async () => {
    const seen = Object.fromEntries(await Promise.all(everyone.map(async (actor) => [actor, await finds(actor, 'program-acceptances', acceptanceId)])))
    expect(seen).toEqual({ anonymous: false, admin: true, ownerStaff: true, otherStaff: false, member: true, nonMember: false })
    for (const actor of everyone) {
      const created = await succeeds(
        payload.create({
          collection: 'program-acceptances',
          data: { user: people.member.id, program: open.id, agreement: 1, versionNumber: 1, acceptedAt: new Date().toISOString() } as never,
          ...as(actor),
        }),
      )
      const updated = await succeeds(payload.update({ collection: 'program-acceptances', id: acceptanceId, data: { versionNumber: 7 }, ...as(actor) }))
      const deleted = await succeeds(payload.delete({ collection: 'program-acceptances', id: acceptanceId, ...as(actor) }))
      expect({ actor, created, updated, deleted }).toEqual({ actor, created: false, updated: false, deleted: false })
    }
    expect((await payload.findByID({ collection: 'program-acceptances', id: acceptanceId, overrideAccess: true })).versionNumber).toBe(1)
  })
})
