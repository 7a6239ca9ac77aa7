import { describe, expect, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { baseURL } from './browser'

const admin = demoAccounts.find((account) => account.roles.includes('admin'))!
const student = demoAccounts.find((account) => account.roles.includes('career-candidate'))!

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${baseURL()}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers },
  })

const graphql = (query: string, token?: string) => api('/api/graphql', token, { method: 'POST', body: JSON.stringify({ query }) })

describe('what the REST and GraphQL APIs show to whom', () => {
  it('keeps a draft policy from visitors and members, and shows it to admins', async () => {
    const adminToken = await signIn(admin.email, admin.password)
    const created = await api('/api/policies?draft=true', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Unannounced policy',
        slug: 'unannounced-policy',
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Confidential draft wording.' }] }],
          },
        },
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)

    const studentToken = await signIn(student.email, student.password)
    for (const token of [undefined, studentToken]) {
      for (const path of [
        '/api/policies?draft=true&limit=100',
        '/api/policies/versions?limit=100',
        '/api/policies?where[slug][equals]=unannounced-policy&draft=true',
      ]) {
        const response = await api(path, token)
        expect(response.status).toBe(200)
        expect(await response.text()).not.toContain('Confidential draft wording')
      }
      const viaGraphql = await graphql('{ Policies(draft: true, limit: 100) { docs { title } } }', token)
      expect(await viaGraphql.text()).not.toContain('Unannounced policy')
    }

    const asAdmin = await api('/api/policies?where[slug][equals]=unannounced-policy&draft=true', adminToken)
    expect(await asAdmin.text()).toContain('Confidential draft wording')
  })

  it('never lists accounts or their email addresses to visitors or other members', async () => {
    expect((await api('/api/users')).status).toBe(403)
    const anonymousGraphql = await (await graphql('{ Users { docs { email } } }')).text()
    expect(anonymousGraphql).not.toContain('@example.org')

    const studentToken = await signIn(student.email, student.password)
    const listed = (await (await api('/api/users?limit=100', studentToken)).json()) as { docs: { email: string }[] }
    expect(listed.docs.map((doc) => doc.email)).toEqual([student.email])
  })

  it('refuses a member who tries to make themselves an admin', async () => {
    const studentToken = await signIn(student.email, student.password)
    const me = (await (await api('/api/users/me', studentToken)).json()) as { user: { id: string | number } }
    const response = await api(`/api/users/${me.user.id}`, studentToken, { method: 'PATCH', body: JSON.stringify({ roles: ['admin'] }) })
    const after = (await (await api('/api/users/me', studentToken)).json()) as { user: { roles: string[] } }
    expect(response.status).toBeLessThan(500)
    expect(after.user.roles).toEqual(['career-candidate'])
  })

  it('answers bad input with a clear 400, not a server error', async () => {
    const adminToken = await signIn(admin.email, admin.password)
    const count = async () => ((await (await api('/api/policies?draft=true&limit=1', adminToken)).json()) as { totalDocs: number }).totalDocs
    const before = await count()
    const response = await api('/api/policies', adminToken, { method: 'POST', body: JSON.stringify({ title: '', slug: '!!!' }) })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    // The message names every field to fix.
    expect(body.errors[0].message).toMatch(/invalid/i)
    expect(body.errors[0].message).toMatch(/title/i)
    expect(body.errors[0].message).toMatch(/body/i)
    expect(await count()).toBe(before)
  })

  it('locks an account after repeated wrong passwords and says so', async () => {
    const email = demoAccounts.find((account) => account.roles.includes('connector'))!.email
    let last: Response | undefined
    for (let attempt = 0; attempt < 6; attempt += 1) {
      last = await api('/api/users/login', undefined, { method: 'POST', body: JSON.stringify({ email, password: 'wrong-password' }) })
    }
    // Refused before the password is checked, as for any address (tests/e2e/limits-hold-for-attackers).
    expect(last?.status).toBe(429)
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last?.text()).toMatch(/locked/i)
  })
})
