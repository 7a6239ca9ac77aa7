import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@/seed'

import { baseURL } from './browser'

/**
 * Identity fields on directory profiles (pronouns, how a member describes themselves) follow the
 * visibility their owner picked, through REST and GraphQL alike. "Contacts" means students whose
 * request the member accepted; until requests exist, nobody but the owner and admins.
 */

const admin = demoAccounts.find((account) => account.roles.includes('admin'))!
const student = demoAccounts.find((account) => account.roles.includes('career-candidate'))!
const representative = demoAccounts.find((account) => account.roles.includes('company-representative'))!

const visibilities = ['public', 'members', 'contacts', 'hidden'] as const
type Visibility = (typeof visibilities)[number]
type Viewer = 'anonymous' | 'student' | 'company representative' | 'owner' | 'admin'

/** What each viewer must see, per visibility: the matrix this test proves. */
const expected: Record<Viewer, Record<Visibility, boolean>> = {
  anonymous: { public: true, members: false, contacts: false, hidden: false },
  student: { public: true, members: true, contacts: false, hidden: false },
  'company representative': { public: true, members: false, contacts: false, hidden: false },
  owner: { public: true, members: true, contacts: true, hidden: true },
  admin: { public: true, members: true, contacts: true, hidden: true },
}

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status, `signing in as ${email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${baseURL()}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers },
  })

describe('identity fields through REST and GraphQL', () => {
  const stamp = Date.now()
  const owners: Record<Visibility, { email: string; password: string; profileId: number; token?: string }> = {} as never
  const tokens: Partial<Record<Viewer, string>> = {}

  beforeAll(async () => {
    tokens.admin = await login(admin.email, admin.password)
    tokens.student = await login(student.email, student.password)
    tokens['company representative'] = await login(representative.email, representative.password)
    for (const visibility of visibilities) {
      const email = `identity-${visibility}-${stamp}@example.test`
      const password = 'an identity test passphrase'
      const created = await api('/api/users', tokens.admin, {
        method: 'POST',
        body: JSON.stringify({ email, password, chosenName: `Identity ${visibility}`, pronouns: `${visibility}/pronouns`, roles: ['mentor'], _verified: true }),
      })
      expect(created.status).toBe(201)
      const userId = ((await created.json()) as { doc: { id: number } }).doc.id
      const found = (await (await api(`/api/mentor-profiles?where[user][equals]=${userId}&depth=0`, tokens.admin)).json()) as { docs: { id: number }[] }
      const profileId = found.docs[0].id
      const patched = await api(`/api/mentor-profiles/${profileId}`, tokens.admin, {
        method: 'PATCH',
        body: JSON.stringify({ pronounsVisibility: visibility, identities: `${visibility} identity words`, identitiesVisibility: visibility }),
      })
      expect(patched.status).toBe(200)
      owners[visibility] = { email, password, profileId, token: await login(email, password) }
    }
  })
  afterAll(async () => {
    for (const visibility of visibilities) {
      const owner = owners[visibility]
      if (!owner) continue
      const { docs } = (await (await api(`/api/users?where[email][equals]=${encodeURIComponent(owner.email)}`, tokens.admin)).json()) as {
        docs: { id: number }[]
      }
      if (docs[0]) await api(`/api/users/${docs[0].id}`, tokens.admin, { method: 'DELETE' })
    }
  })

  const tokenFor = (viewer: Viewer, visibility: Visibility) =>
    viewer === 'owner' ? owners[visibility].token : viewer === 'anonymous' ? undefined : tokens[viewer]

  for (const viewer of Object.keys(expected) as Viewer[]) {
    for (const visibility of visibilities) {
      const shown = expected[viewer][visibility]
      it(`${viewer} · ${visibility} → ${shown ? 'shown' : 'hidden'} (REST and GraphQL)`, async () => {
        const { profileId, email } = owners[visibility]
        const token = tokenFor(viewer, visibility)

        const rest = (await (await api(`/api/mentor-profiles/${profileId}?depth=0`, token)).json()) as Record<string, unknown>
        expect(rest.displayName).toBe(`Identity ${visibility}`)
        expect(rest.pronouns ?? null).toBe(shown ? `${visibility}/pronouns` : null)
        expect(rest.identities ?? null).toBe(shown ? `${visibility} identity words` : null)

        const listed = (await (await api(`/api/mentor-profiles?where[id][equals]=${profileId}&depth=0`, token)).json()) as { docs: Record<string, unknown>[] }
        expect(listed.docs[0].identities ?? null).toBe(shown ? `${visibility} identity words` : null)

        const graphql = await api('/api/graphql', token, {
          method: 'POST',
          body: JSON.stringify({ query: `{ MentorProfile(id: ${profileId}) { displayName pronouns identities } }` }),
        })
        const { data } = (await graphql.json()) as { data: { MentorProfile: Record<string, unknown> } }
        expect(data.MentorProfile.displayName).toBe(`Identity ${visibility}`)
        expect(data.MentorProfile.pronouns ?? null).toBe(shown ? `${visibility}/pronouns` : null)
        expect(data.MentorProfile.identities ?? null).toBe(shown ? `${visibility} identity words` : null)

        const everything = JSON.stringify(rest) + JSON.stringify(listed)
        expect(everything).not.toContain(email)
        if (viewer !== 'owner' && viewer !== 'admin') {
          expect(rest).not.toHaveProperty('user')
          expect(rest).not.toHaveProperty('identitiesVisibility')
          expect(rest).not.toHaveProperty('searchText')
        }
      })
    }
  }

  it('does not let anyone find a profile by words that appear only in its identity field', async () => {
    const response = await api(`/api/mentor-profiles?where[searchText][contains]=identity%20words`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    const page = await fetch(`${baseURL()}/mentors?q=${encodeURIComponent('hidden identity words')}&show=all`)
    expect(await page.text()).toContain('No Mentors or Connectors found')
  })
})
