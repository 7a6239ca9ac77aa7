import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentAgreementsFor } from '@/programs/agreements'
import { joinProgram } from '@/programs/join'
import { guardedREST } from '@/server/api-route'

import type { Program, ProgramAgreement, ProgramMembership, User } from '../../payload-types'
import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A programme's records refuse strangers on Payload's less obvious entrances too: duplicating a
 * record, sorting or filtering by a field the viewer cannot read, following relationships to the
 * members' accounts, and restoring versions. Lakeside's Career Center runs a programme with two
 * students in it; Northwind's representative runs a programme of their own and must neither read
 * Lakeside's members nor write into its programme; Lakeside's staff must never learn a member's
 * institution address or sign-in address.
 */

type Id = number | string

let payload: Payload
let config: SanitizedConfig
let ownerStaff: User
let otherStaff: User
let robin: User
let sam: User
let program: Program
let agreement: ProgramAgreement
let robinsPlace: ProgramMembership
let samsPlace: ProgramMembership

const tokens = new Map<Id, string>()
async function tokenOf(user: User) {
  if (!tokens.has(user.id)) {
    tokens.set(user.id, (await payload.login({ collection: 'users', data: { email: user.email, password: 'a-long-test-password' } })).token!)
  }
  return tokens.get(user.id)!
}

/** /api/<path> through the platform's REST route, as `user`. */
async function rest(apiPath: string, user?: User, init: RequestInit = {}) {
  const route = guardedREST(config, (request) => handleEndpoints({ config, request }))
  const headers: Record<string, string> = { ...(init.body ? { 'Content-Type': 'application/json' } : {}) }
  if (user) headers.Authorization = `JWT ${await tokenOf(user)}`
  return route(new Request(`http://localhost:3000/api/${apiPath}`, { ...init, headers }), { params: Promise.resolve({}) })
}

async function graphql(query: string, user?: User) {
  const response = await GRAPHQL_POST(Promise.resolve(config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(user ? { Authorization: `JWT ${await tokenOf(user)}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, { docs?: Record<string, unknown>[] } | null>; errors?: { message: string }[] }
}

const agreementsOf = async (programId: Id) =>
  (await payload.find({ collection: 'program-agreements', where: { program: { equals: programId } }, draft: true, overrideAccess: true, depth: 0 })).docs

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  config = await (await import('@payload-config')).default
  const organization = (name: string, kind: string) =>
    payload.create({ collection: 'organizations', data: { name, kind, slug: `${kind}-strangers`, plan: { status: 'none' } } as never, overrideAccess: true })
  const lakeside = (await organization('Lakeside Career Center', 'career-center')).id
  const northwind = (await organization('Northwind', 'company')).id
  ownerStaff = (await createUser(payload, ['career-center-staff'], { organization: lakeside, organizationRole: 'staff' })) as User
  otherStaff = (await createUser(payload, ['company-representative'], { organization: northwind, organizationRole: 'representative' })) as User
  robin = (await createUser(payload, ['career-candidate'])) as User
  sam = (await createUser(payload, ['career-candidate'])) as User
  const newProgram = (name: string, slug: string, organizationId: Id) =>
    payload.create({
      collection: 'programs',
      data: { name, slug, organization: organizationId, status: 'open', summary: 'For the strangers tests.' } as never,
      overrideAccess: true,
    })
  program = await newProgram('Lakeside Mentors', 'lakeside-strangers', lakeside)
  await newProgram('Northwind Pride Mentoring', 'northwind-strangers', northwind)
  agreement = await payload.create({
    collection: 'program-agreements',
    data: { program: program.id, title: 'Code of conduct', appliesTo: 'everyone', body: paragraphs('Be kind.'), _status: 'published' } as never,
    overrideAccess: true,
  })
  const place = (user: User, institutionEmail: string, answer: string) =>
    payload.create({
      collection: 'program-memberships',
      data: {
        program: program.id,
        user: user.id,
        memberName: user.chosenName,
        side: 'mentee',
        status: 'active',
        institutionEmail,
        verifiedDomain: 'lakeside.edu',
        answers: [{ questionId: 'q1', question: 'What are you studying?', answer, shareWithMentor: false }],
      } as never,
      overrideAccess: true,
    })
  // Robin joined first with the address that sorts last, so any order by address shows.
  robinsPlace = await place(robin, 'zz.robin@lakeside.edu', 'Law')
  samsPlace = await place(sam, 'aa.sam@lakeside.edu', 'Medicine')
})

afterAll(() => stopTestPayload(payload))

describe('another organisation’s staff cannot write into a programme they do not run', () => {
  // A new slug and title, so only access can refuse the copy (the slug must be unique in the programme).
  const copy = { title: 'Code of conduct (Northwind’s words)', slug: 'northwind-words' }

  it('duplicating a programme’s published agreement through the local API is refused, and nothing is added to the programme', async () => {
    const before = (await agreementsOf(program.id)).length
    await expect(
      payload.duplicate({ collection: 'program-agreements', id: agreement.id, data: copy as never, overrideAccess: false, user: otherStaff }),
    ).rejects.toThrow(/not allowed/i)
    expect(await agreementsOf(program.id)).toHaveLength(before)
  })

  it('duplicating it through REST is refused too, published or as a draft', async () => {
    const before = (await agreementsOf(program.id)).length
    for (const query of ['', '?draft=true']) {
      const response = await rest(`program-agreements/${agreement.id}/duplicate${query}`, otherStaff, { method: 'POST', body: JSON.stringify(copy) })
      expect(response.status).toBe(403)
    }
    expect(await agreementsOf(program.id)).toHaveLength(before)
  })

  it('duplicating another programme’s invitation is refused (they cannot read it), and their own programme’s works', async () => {
    const invitation = await payload.create({
      collection: 'program-invitations',
      data: { program: program.id, label: 'Spring cohort', side: 'mentee' } as never,
      overrideAccess: false,
      user: ownerStaff,
    })
    await expect(payload.duplicate({ collection: 'program-invitations', id: invitation.id, overrideAccess: false, user: otherStaff })).rejects.toThrow()
    const again = await payload.duplicate({ collection: 'program-invitations', id: invitation.id, depth: 0, overrideAccess: false, user: ownerStaff })
    expect(again.program).toEqual(program.id)
    expect(again.token).not.toBe(invitation.token)
  })

  it('the programme’s own staff may still duplicate its agreement', async () => {
    const duplicate = await payload.duplicate({
      collection: 'program-agreements',
      id: agreement.id,
      data: { title: 'Code of conduct, spring', slug: 'code-of-conduct-spring' } as never,
      depth: 0,
      overrideAccess: false,
      user: ownerStaff,
      draft: true,
    })
    expect(duplicate.program).toEqual(program.id)
    await payload.delete({ collection: 'program-agreements', id: duplicate.id, overrideAccess: true })
  })

  it('restoring a version of another programme’s agreement is refused', async () => {
    const { docs } = await payload.findVersions({ collection: 'program-agreements', where: { parent: { equals: agreement.id } }, overrideAccess: true })
    await expect(payload.restoreVersion({ collection: 'program-agreements', id: docs[0].id, overrideAccess: false, user: otherStaff })).rejects.toThrow()
  })
})

describe('programme staff never learn a member’s institution address', () => {
  it('sorting their members by institution address is refused on REST', async () => {
    const response = await rest(`program-memberships?sort=institutionEmail&depth=0`, ownerStaff)
    const body = (await response.json()) as { docs?: { id: Id }[] }
    // Either refused, or the order says nothing about the addresses.
    if (response.status === 200) expect(body.docs!.map((doc) => doc.id)).not.toEqual([samsPlace.id, robinsPlace.id])
    else expect(response.status).toBe(400)
  })

  it('sorting by it through the local API with their access is refused', async () => {
    await expect(
      payload.find({ collection: 'program-memberships', sort: '-institutionEmail', overrideAccess: false, user: ownerStaff, depth: 0 }),
    ).rejects.toThrow(/institution address|cannot be sorted|institutionEmail/i)
  })

  it('sorting by it through GraphQL is refused', async () => {
    const answer = await graphql(
      `
        {
          ProgramMemberships(sort: "institutionEmail") {
            docs {
              id
            }
          }
        }
      `,
      ownerStaff,
    )
    expect(answer.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('filtering by institution address is refused on REST and GraphQL', async () => {
    const response = await rest(`program-memberships?where[institutionEmail][equals]=${encodeURIComponent('zz.robin@lakeside.edu')}`, ownerStaff)
    expect(response.status).toBe(400)
    const answer = await graphql(
      `
        {
          ProgramMemberships(where: { institutionEmail: { like: "robin" } }) {
            docs {
              id
            }
          }
        }
      `,
      ownerStaff,
    )
    expect(answer.data?.ProgramMemberships?.docs ?? []).toHaveLength(0)
  })

  it('the member may sort and read their own place, and admins may sort by the address', async () => {
    const own = await payload.find({ collection: 'program-memberships', overrideAccess: false, user: robin, depth: 0 })
    expect(own.docs.map((doc) => doc.institutionEmail)).toEqual(['zz.robin@lakeside.edu'])
  })
})

describe('nobody learns whether an account is in a programme from its sign-in address', () => {
  it('programme staff filtering members by the account’s email find nobody', async () => {
    const response = await rest(`program-memberships?where[user.email][equals]=${encodeURIComponent(robin.email)}`, ownerStaff)
    const body = (await response.json()) as { docs?: unknown[] }
    expect(response.status === 400 || body.docs?.length === 0).toBe(true)
  })

  it('programme staff reading members with depth see no account, only the member’s chosen name', async () => {
    const response = await rest(`program-memberships/${robinsPlace.id}?depth=3`, ownerStaff)
    const body = (await response.json()) as Record<string, unknown>
    expect(response.status).toBe(200)
    expect(JSON.stringify(body)).not.toContain(robin.email)
    expect(body.memberName).toBe(robin.chosenName)
    const acceptances = await rest(`program-acceptances?depth=3`, ownerStaff)
    expect(JSON.stringify(await acceptances.json())).not.toContain(robin.email)
  })

  it('another organisation’s staff filtering by answers or institution address find nobody', async () => {
    const byAnswer = (await (await rest(`program-memberships?where[answers.answer][like]=Law`, otherStaff)).json()) as { docs?: unknown[] }
    expect(byAnswer.docs ?? []).toHaveLength(0)
    const count = (await (await rest(`program-memberships/count`, otherStaff)).json()) as { totalDocs?: number }
    expect(count.totalDocs ?? 0).toBe(0)
  })

  it('a member cannot filter by the confirmation token', async () => {
    const response = await rest(`program-memberships?where[emailToken][exists]=true`, robin)
    expect(response.status).toBe(400)
  })
})

describe('an invitation lets in no more people than it allows', () => {
  it('three people pressing join at once with a one-use link: one gets in, the others are told it is used up', async () => {
    const invitational = await payload.create({
      collection: 'programs',
      data: {
        name: 'Invitation only',
        slug: 'invitation-only-strangers',
        organization: program.organization,
        status: 'open',
        summary: 'By invitation.',
        menteeRules: { emailDomains: [], requireApproval: false, invitationOnly: true },
      } as never,
      overrideAccess: true,
    })
    const invitation = await payload.create({
      collection: 'program-invitations',
      data: { program: invitational.id, label: 'One person', side: 'mentee', maxUses: 1 } as never,
      overrideAccess: false,
      user: ownerStaff,
    })
    const agreements = await currentAgreementsFor(payload, invitational.id, 'mentee')
    const input = {
      side: 'mentee' as const,
      institutionEmail: '',
      answers: {},
      agreements: agreements.map((each) => ({ id: String(each.id), version: each.currentVersion, accepted: true })),
    }
    const people = await Promise.all([1, 2, 3].map(async () => (await createUser(payload, ['career-candidate'])) as User))
    const results = await Promise.all(people.map((person) => joinProgram(payload, person, invitational.slug, input, { invite: invitation.token! })))
    const joined = results.filter((result) => result.ok).length
    expect(joined).toBe(1)
    for (const refused of results.filter((result) => !result.ok)) {
      expect(refused).toMatchObject({ ok: false, status: 403, errors: { form: expect.stringMatching(/used as many times/) } })
    }
    const { totalDocs } = await payload.count({ collection: 'program-memberships', where: { program: { equals: invitational.id } }, overrideAccess: true })
    expect(totalDocs).toBe(joined)
    expect((await payload.findByID({ collection: 'program-invitations', id: invitation.id, overrideAccess: true })).uses).toBe(joined)
  })
})

describe('an agreement’s unpublished wording stays with the programme’s staff', () => {
  it('visitors and other organisations’ staff asking for the draft get the published text', async () => {
    await payload.update({
      collection: 'program-agreements',
      id: agreement.id,
      data: { body: paragraphs('Secret draft wording.') } as never,
      draft: true,
      overrideAccess: true,
    })
    for (const viewer of [undefined, otherStaff, robin]) {
      const one = await rest(`program-agreements/${agreement.id}?draft=true&depth=0`, viewer)
      expect(JSON.stringify(await one.json())).not.toContain('Secret draft wording')
      const versions = await rest(`program-agreements/versions?depth=0&limit=50`, viewer)
      expect(JSON.stringify(await versions.json())).not.toContain('Secret draft wording')
      const listed = await rest(`program-agreements?draft=true&depth=0`, viewer)
      expect(JSON.stringify(await listed.json())).not.toContain('Secret draft wording')
    }
    const staffSees = await rest(`program-agreements/${agreement.id}?draft=true&depth=0`, ownerStaff)
    expect(JSON.stringify(await staffSees.json())).toContain('Secret draft wording')
  })
})

describe('a programme people are in is archived, not deleted', () => {
  it('its staff deleting it through REST are told to archive it (409), and nothing is lost', async () => {
    const response = await rest(`programs/${program.id}`, ownerStaff, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect(JSON.stringify(await response.json())).toMatch(/Archived instead/)
    expect(await payload.findByID({ collection: 'programs', id: program.id, depth: 0, overrideAccess: true })).toMatchObject({ id: program.id })
    expect((await payload.findByID({ collection: 'program-memberships', id: robinsPlace.id, depth: 0, overrideAccess: true })).program).toEqual(program.id)
  })

  it('an empty programme set up by mistake can still be deleted by its staff', async () => {
    const mistake = await payload.create({
      collection: 'programs',
      data: { name: 'Mistake', slug: 'mistake-strangers', status: 'draft', summary: 'Oops.' } as never,
      overrideAccess: false,
      user: ownerStaff,
    })
    const response = await rest(`programs/${mistake.id}`, ownerStaff, { method: 'DELETE' })
    expect(response.status).toBe(200)
  })
})
