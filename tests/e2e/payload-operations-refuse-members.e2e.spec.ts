import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { baseURL } from './browser'

/*
 * Payload's own endpoints, tried as a member who signed up for free would: none of them may do
 * more for a member than the pages do.
 */
const admin = demoAccounts.find((account) => account.roles.includes('admin'))!
const student = demoAccounts.find((account) => account.roles.includes('career-candidate'))!

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${baseURL()}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers },
  })

const graphql = async (query: string, token?: string) =>
  (await (await api('/api/graphql', token, { method: 'POST', body: JSON.stringify({ query }) })).json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }

describe("Payload's built-in endpoints refuse members", () => {
  let memberToken: string
  let adminToken: string

  beforeAll(async () => {
    memberToken = await signIn(student.email, student.password)
    adminToken = await signIn(admin.email, admin.password)
  })

  it("lets no member lift another account's login lockout, through REST or GraphQL", async () => {
    const rest = await api('/api/users/unlock', memberToken, { method: 'POST', body: JSON.stringify({ email: admin.email }) })
    expect(rest.status).toBe(403)
    const viaGraphql = await graphql(`mutation { unlockUser(email: "${admin.email}") }`, memberToken)
    expect(viaGraphql.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await api('/api/users/unlock', undefined, { method: 'POST', body: JSON.stringify({ email: admin.email }) })).status).toBe(403)

    const byAdmin = await api('/api/users/unlock', adminToken, { method: 'POST', body: JSON.stringify({ email: student.email }) })
    expect(byAdmin.status).toBe(200)
  })

  it('keeps the jobs endpoints and their statistics from members', async () => {
    for (const path of ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
      expect((await api(path, memberToken)).status, path).toBe(401)
      expect((await api(path)).status, path).toBe(401)
    }
    expect((await api('/api/globals/payload-jobs-stats', memberToken)).status).toBe(403)
    const write = await api('/api/globals/payload-jobs-stats', memberToken, { method: 'POST', body: JSON.stringify({ stats: { forged: true } }) })
    expect(write.status).toBe(403)
    expect((await api('/api/globals/payload-jobs-stats', adminToken, { method: 'POST', body: JSON.stringify({ stats: {} }) })).status).toBe(403)
    for (const query of ['{ PayloadJobsStat { stats } }', 'mutation { updatePayloadJobsStat(data: { stats: {} }) { stats } }']) {
      expect((await graphql(query, memberToken)).errors?.[0]?.message, query).toMatch(/not allowed/i)
    }

    expect((await api('/api/payload-jobs/run?limit=1', adminToken)).status).toBe(200)
  })

  it("keeps Payload's document locks and version histories of unversioned collections from members", async () => {
    expect((await api('/api/payload-locked-documents', memberToken)).status).toBe(403)
    const lock = await api('/api/payload-locked-documents', memberToken, {
      method: 'POST',
      body: JSON.stringify({ document: { relationTo: 'policies', value: 1 }, globalSlug: null, user: { relationTo: 'users', value: 1 } }),
    })
    expect(lock.status).toBe(403)
    expect((await graphql('{ PayloadLockedDocuments { docs { id } } }', memberToken)).errors?.[0]?.message).toMatch(/not allowed/i)
    for (const slug of ['users', 'mentor-profiles', 'mentorship-requests', 'resumes']) {
      const versions = await api(`/api/${slug}/versions`, memberToken)
      expect([403, 404], slug).toContain(versions.status)
    }
  })
})

describe('the policy gate on REST and GraphQL', () => {
  it('refuses every write of a member who owes an acceptance, saying what to accept and where, and still lets them read', async () => {
    const adminToken = await signIn(admin.email, admin.password)
    const email = `gate-${randomBytes(3).toString('hex')}@example.test`
    const password = 'a long enough passphrase'
    // An account an admin made: it has accepted none of the policies a Career Candidate must.
    const created = await api('/api/users', adminToken, {
      method: 'POST',
      body: JSON.stringify({ email, password, chosenName: 'Gate Test', roles: ['career-candidate'], _verified: true }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number | string } }).doc.id
    const token = await signIn(email, password)

    const rest = await api(`/api/users/${id}`, token, { method: 'PATCH', body: JSON.stringify({ chosenName: 'Renamed' }) })
    expect(rest.status).toBe(403)
    expect(JSON.stringify(await rest.json())).toMatch(/accept the new version of .*\/account\/policies/)

    const viaGraphql = await graphql(`mutation { updateUser(id: ${JSON.stringify(id)}, data: { chosenName: "Renamed" }) { chosenName } }`, token)
    expect(viaGraphql.errors?.[0]?.message).toMatch(/\/account\/policies/)

    const me = (await (await api('/api/users/me', token)).json()) as { user: { chosenName: string } }
    expect(me.user.chosenName).toBe('Gate Test')
  })
})
