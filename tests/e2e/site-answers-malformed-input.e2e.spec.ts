import { describe, expect, it } from 'vitest'

import { call, demoAccount, signInToken, submitPageForm, totalDocs } from './http'

const json = { 'Content-Type': 'application/json' }
const errorMessage = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0].message
const graphql = (body: string, token?: string) => call('/api/graphql', { method: 'POST', headers: json, body, token })

describe('what the site answers to input no form would send', () => {
  it('answers an id that is not an id with a 404 that says what ids look like, in every collection', async () => {
    const adminToken = await signInToken('admin')
    for (const slug of ['mentor-profiles', 'organizations', 'policies', 'users', 'events', 'opportunities', 'resources', 'industries', 'media']) {
      for (const token of [undefined, adminToken]) {
        const response = await call(`/api/${slug}/abc`, { token })
        expect(response.status, slug).toBe(404)
        expect(await errorMessage(response)).toMatch(/has the id “abc”: ids here are/)
      }
    }
    expect((await call('/api/policies/versions/abc', { token: adminToken })).status).toBe(404)
  })

  it('says a collection or global keeps no past versions instead of failing', async () => {
    const adminToken = await signInToken('admin')
    for (const path of ['/api/industries/versions', '/api/mentor-profiles/versions', '/api/users/versions/1', '/api/globals/footer/versions']) {
      const response = await call(path, { token: adminToken })
      expect(response.status, path).toBe(404)
      expect(await errorMessage(response)).toMatch(/keeps? no past versions/)
    }
    expect((await call('/api/policies/versions?limit=1', { token: adminToken })).status).toBe(200)
  })

  it('refuses a where operator the field does not support, or a value of the wrong kind, with a 400', async () => {
    const near = await call('/api/organizations?where[slug][near]=x')
    expect(near.status).toBe(400)
    expect(await errorMessage(near)).toMatch(/slug is a text field/)
    const inWords = await call('/api/organizations?where[id][in]=abc')
    expect(inWords.status).toBe(400)
    expect(await errorMessage(inWords)).toMatch(/not an id/)
    expect((await call('/api/events?where[startsAt][greater_than]=soon')).status).toBe(400)
    expect((await call('/api/organizations?where[id][in]=1,2')).status).toBe(200)
  })

  it('caps a list at 100 records and refuses a limit or page no database can read', async () => {
    for (const query of [
      'limit=1234567890123456789012345678901234567890',
      'page=1234567890123456789012345678901234567890',
      'limit=251',
      'limit=0',
      'page=0',
      'depth=99',
      'pagination=false',
    ]) {
      const response = await call(`/api/organizations?${query}`)
      expect(response.status, query).toBe(400)
    }
    expect(await errorMessage(await call('/api/organizations?limit=1000'))).toMatch(/at most 250/)
    expect((await call('/api/organizations?limit=100&page=2')).status).toBe(200)
    // The same read sent as a POST that asks to be taken as a GET, as the admin sends long queries.
    const asGet = (query: string) =>
      call('/api/organizations', {
        method: 'POST',
        headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: query,
      })
    expect((await asGet('limit=1234567890123456789012345678901234567890')).status).toBe(400)
    expect((await asGet('limit=5&where[slug][exists]=true')).status).toBe(200)
  })

  it('reads the first value of a query parameter given twice on a page', async () => {
    for (const path of [
      '/organizations?q=a&q=b',
      '/organizations?page=1&page=2',
      '/mentors?q=a&q=b',
      '/signin?next=/a&next=/b',
      '/jobs?kind=a&kind=b',
      '/events?host=a&host=b',
    ]) {
      expect((await call(path)).status, path).toBe(200)
    }
  })

  it('refuses an address with malformed percent-encoding with a 400 page that leads home', async () => {
    for (const path of ['/%C3%28', '/jobs/%C3%28', '/mentors/%E0%A4%A', '/api/%C3%28', '/api/organizations/%C3%28']) {
      const response = await call(path, { headers: { Accept: 'text/html' } })
      expect(response.status, path).toBe(400)
      const body = await response.text()
      expect(body).toContain(path.startsWith('/api/') ? 'wrongly encoded' : 'href="/"')
    }
  })

  it('refuses a file name with a null character', async () => {
    const response = await call('/api/media/file/x%00.png')
    expect(response.status).toBe(400)
    expect(await errorMessage(response)).toMatch(/null character/)
  })

  it('answers a file name that is not there with a 404, or a 403 where files are private', async () => {
    for (const path of ['/api/media/file/abc.png', '/api/media/file/999999']) {
      const response = await call(path)
      expect(response.status, path).toBe(404)
      expect(await errorMessage(response)).toMatch(/no file named/)
    }
    // A résumé that is not there is answered as one the caller may not read: the answer tells nobody which names exist.
    expect((await call('/api/resumes/file/missing.pdf')).status).toBe(403)
  })

  it('bounds GraphQL limit and page as REST does', async () => {
    for (const query of [
      '{ Policies(limit: -1, page: -1) { docs { id } } }',
      '{ Policies(limit: 1000) { docs { id } } }',
      '{ Organizations(page: 0) { docs { id } } }',
    ]) {
      const response = await graphql(JSON.stringify({ query }))
      expect(response.status, query).toBe(400)
      expect(await errorMessage(response)).toMatch(/must be a whole number/)
    }
    const withVariables = await graphql(JSON.stringify({ query: 'query ($n: Int) { Policies(limit: $n) { docs { id } } }', variables: { n: -5 } }))
    expect(withVariables.status).toBe(400)
    expect((await graphql(JSON.stringify({ query: '{ Policies(limit: 5, page: 1) { docs { id } } }' }))).status).toBe(200)
  })

  it('refuses a list field sent something other than a list, and a body that is not an object', async () => {
    const mentorToken = await signInToken('mentor')
    const me = (await (await call('/api/users/me', { token: mentorToken })).json()) as { user: { id: number | string } }
    const adminToken = await signInToken('admin')
    const found = (await (await call(`/api/mentor-profiles?where[user][equals]=${me.user.id}&depth=0`, { token: adminToken })).json()) as {
      docs: { id: number | string }[]
    }
    const patch = (body: string) => call(`/api/mentor-profiles/${found.docs[0].id}`, { method: 'PATCH', headers: json, body, token: mentorToken })
    const notAList = await patch(JSON.stringify({ industries: 'abc' }))
    expect(notAList.status).toBe(400)
    expect(await errorMessage(notAList)).toMatch(/industries holds a list/)
    expect((await patch('[]')).status).toBe(400)
    const objectForText = await patch(JSON.stringify({ headline: { text: 'Hello' } }))
    expect(objectForText.status).toBe(400)
    expect(await errorMessage(objectForText)).toMatch(/headline holds a single text value/)
  })

  it('answers a GraphQL request whose body is not JSON with a 400', async () => {
    const response = await graphql('not json')
    expect(response.status).toBe(400)
    expect(await errorMessage(response)).toMatch(/not valid JSON/)
  })

  it('reads the shipped Career Center Index questionnaire through GraphQL before an admin saves one', async () => {
    const response = await graphql(
      JSON.stringify({ query: '{ IndexQuestionnaire { year factors { key title questions { key } } } }' }),
      await signInToken('admin'),
    )
    const body = (await response.json()) as { data: { IndexQuestionnaire: { year: number; factors: unknown[] } }; errors?: unknown[] }
    expect(body.errors).toBeUndefined()
    expect(body.data.IndexQuestionnaire.year).toBeGreaterThan(2000)
    expect(body.data.IndexQuestionnaire.factors.length).toBeGreaterThan(0)
  })

  it('refuses a 100,000-character password at sign-up next to the field, and writes no account', async () => {
    const adminToken = await signInToken('admin')
    const before = await totalDocs('users', adminToken)
    const response = await submitPageForm('/signup?role=career-candidate', {
      role: 'career-candidate',
      chosenName: 'Very Long Password',
      email: 'long-password@example.org',
      password: 'a'.repeat(100_000),
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/characters or fewer/)
    expect(await totalDocs('users', adminToken)).toBe(before)
  })

  it('refuses a profile change naming an industry, skill or photo that does not exist, and keeps the profile as it was', async () => {
    const mentorToken = await signInToken('mentor')
    const adminToken = await signInToken('admin')
    const me = (await (await call('/api/users/me', { token: mentorToken })).json()) as { user: { id: number | string } }
    const found = (await (await call(`/api/mentor-profiles?where[user][equals]=${me.user.id}&depth=0`, { token: adminToken })).json()) as {
      docs: { id: number | string }[]
    }
    const profilePath = `/api/mentor-profiles/${found.docs[0].id}?depth=0`
    const before = await (await call(profilePath, { token: adminToken })).json()
    for (const change of [{ headline: 'Half written', industries: [999_999] }, { skills: [999_999] }]) {
      const response = await call(profilePath, { method: 'PATCH', headers: json, body: JSON.stringify(change), token: mentorToken })
      expect(response.status, JSON.stringify(change)).toBe(400)
      expect(await response.text()).toMatch(/has the id 999999/)
    }
    expect(await (await call(profilePath, { token: adminToken })).json()).toEqual(before)
    // The photo is the platform's to set (from /account/profile), never the member's through the API.
    const photo = await call(profilePath, { method: 'PATCH', headers: json, body: JSON.stringify({ photo: 999_999 }), token: mentorToken })
    expect(photo.status).toBeLessThan(500)
    const after = (await (await call(profilePath, { token: adminToken })).json()) as { photo?: unknown }
    expect(after.photo ?? null).toEqual((before as { photo?: unknown }).photo ?? null)
  })

  it('refuses a form post from another site with a 403 before any action runs', async () => {
    const fromElsewhere = { Origin: 'https://evil.example' }
    const fetchAction = await call('/contact', {
      method: 'POST',
      headers: { ...fromElsewhere, 'Next-Action': '00abcdef', 'Content-Type': 'text/plain;charset=UTF-8' },
      body: '[]',
    })
    expect(fetchAction.status).toBe(403)
    const plainForm = await submitPageForm(
      '/contact',
      { name: 'X', email: 'x@example.org', message: 'From another site' },
      { headers: { ...fromElsewhere, Accept: 'text/html' } },
    )
    expect(plainForm.status).toBe(403)
    expect(await plainForm.text()).toMatch(/only be sent from this site/)
  })

  it('keeps personal API answers out of every cache', async () => {
    const studentToken = await signInToken('career-candidate')
    for (const path of ['/api/users/me', '/api/mentorship-requests?limit=5', '/api/policies?limit=1']) {
      expect((await call(path, { token: studentToken })).headers.get('cache-control'), path).toMatch(/no-store/)
    }
    expect((await call('/api/users/me')).headers.get('cache-control')).toMatch(/no-store/)
    const viaGraphql = await graphql(JSON.stringify({ query: '{ meUser { user { id } } }' }), studentToken)
    expect(viaGraphql.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('keeps sign-in redirects on the site, whatever next says', async () => {
    const student = demoAccount('career-candidate')
    for (const next of ['/\\evil.example', '/\t/evil.example', '//evil.example', '/%5Cevil.example', 'https://evil.example']) {
      const response = await submitPageForm(`/signin?next=${encodeURIComponent(next)}`, {
        email: student.email,
        password: student.password,
        intent: 'signin',
        next,
      })
      expect(response.status, JSON.stringify(next)).toBe(303)
      expect(response.headers.get('location'), JSON.stringify(next)).toBe('/dashboard')
    }
    const onSite = await submitPageForm('/signin?next=/mentors', { email: student.email, password: student.password, intent: 'signin', next: '/mentors' })
    expect(onSite.headers.get('location')).toBe('/mentors')
  })
})
