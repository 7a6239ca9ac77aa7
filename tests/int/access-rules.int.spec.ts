import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anyone, canUseAdminPanel, isAdmin, isSelfOrAdmin, isSignedIn, publishedOrAdmin, publishedVersionsOrAdmin } from '@/access'

import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

const asUser = (roles: string[] | null, id: number | string = 7) => ({ req: { user: roles ? { id, roles } : null } as unknown as PayloadRequest }) as never

describe('access predicates', () => {
  it('anyone lets every visitor through', () => {
    expect(anyone(asUser(null))).toBe(true)
  })

  it('isAdmin admits admins only', () => {
    expect(isAdmin(asUser(['admin']))).toBe(true)
    expect(isAdmin(asUser(['career-center-staff']))).toBe(false)
    expect(isAdmin(asUser(null))).toBe(false)
  })

  it('isSignedIn admits any signed-in member', () => {
    expect(isSignedIn(asUser(['career-candidate']))).toBe(true)
    expect(isSignedIn(asUser(null))).toBe(false)
  })

  it('isSelfOrAdmin narrows members to their own record', () => {
    expect(isSelfOrAdmin(asUser(['admin']))).toBe(true)
    expect(isSelfOrAdmin(asUser(['mentor'], 42))).toEqual({ id: { equals: 42 } })
    expect(isSelfOrAdmin(asUser(null))).toBe(false)
  })

  it('publishedOrAdmin hides drafts from everyone but admins', () => {
    expect(publishedOrAdmin(asUser(['admin']))).toBe(true)
    expect(publishedOrAdmin(asUser(['mentor']))).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrAdmin(asUser(null))).toEqual({ _status: { equals: 'published' } })
  })

  it('publishedVersionsOrAdmin shows only published versions to the public', () => {
    expect(publishedVersionsOrAdmin(asUser(['admin']))).toBe(true)
    expect(publishedVersionsOrAdmin(asUser(null))).toEqual({ 'version._status': { equals: 'published' } })
  })

  it('canUseAdminPanel lets staff in and keeps members on the public site', () => {
    for (const role of ['admin', 'career-center-staff', 'company-representative']) {
      expect(canUseAdminPanel({ req: { user: { id: 1, roles: [role] } } })).toBe(true)
    }
    for (const role of ['mentor', 'connector', 'career-candidate']) {
      expect(canUseAdminPanel({ req: { user: { id: 1, roles: [role] } } })).toBe(false)
    }
    expect(canUseAdminPanel({ req: { user: null } })).toBe(false)
  })
})

describe('users and roles through the local API', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  it('makes the account created on the create-first-user screen an admin, and no other', async () => {
    // The local API is not the first-register screen: even the first account stays a member.
    const viaLocalApi = await payload.create({
      collection: 'users',
      // No roles given, as on a sign-up form.
      data: { email: 'local@example.test', password: 'a-long-test-password', chosenName: 'Local' } as never,
    })
    expect(viaLocalApi.roles).toEqual(['career-candidate'])
    await payload.delete({ collection: 'users', id: viaLocalApi.id })

    const firstRegister = (email: string) =>
      payload.create({
        collection: 'users',
        data: { email, password: 'a-long-test-password', chosenName: 'First' } as never,
        req: { pathname: '/api/users/first-register' } as never,
      })
    expect((await firstRegister('first@example.test')).roles).toEqual(['admin'])
    expect((await firstRegister('second@example.test')).roles).toEqual(['career-candidate'])
  })

  it('lets a member read only their own account', async () => {
    const student = await createUser(payload, ['career-candidate'])
    await createUser(payload, ['mentor'])
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: student })
    expect(docs.map((doc) => doc.id)).toEqual([student.id])
  })

  it('shows visitors no accounts at all', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('lets admins list every account', async () => {
    const admin = await createUser(payload, ['admin'])
    const { totalDocs } = await payload.find({ collection: 'users', overrideAccess: false, user: admin })
    const all = await payload.count({ collection: 'users' })
    expect(totalDocs).toBe(all.totalDocs)
  })

  it('does not let a member grant themselves a role', async () => {
    const mentor = await createUser(payload, ['mentor'])
    const updated = await payload.update({
      collection: 'users',
      id: mentor.id,
      data: { roles: ['admin'], chosenName: 'Renamed' },
      overrideAccess: false,
      user: mentor,
    })
    expect(updated.roles).toEqual(['mentor'])
    expect(updated.chosenName).toBe('Renamed')
  })

  it('keeps members from editing someone else', async () => {
    const one = await createUser(payload, ['connector'])
    const other = await createUser(payload, ['connector'])
    await expect(payload.update({ collection: 'users', id: other.id, data: { chosenName: 'Hijacked' }, overrideAccess: false, user: one })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('lets only admins write policies and site settings', async () => {
    const staff = await createUser(payload, ['career-center-staff'])
    await expect(
      payload.create({
        collection: 'policies',
        data: { title: 'Sneaky', slug: 'sneaky', body: paragraphs('x') },
        overrideAccess: false,
        user: staff,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Taken over' }, overrideAccess: false, user: staff })).rejects.toThrow(
      /not allowed/i,
    )
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.siteName).not.toBe('Taken over')
  })
})
