import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startRedis } from '../helpers/redis'

import { freePort, productionEnvironment, startServer } from '../../scripts/production-server'
import { demoAccount } from './http'

/**
 * Two `next start` instances of the suite's build on its database and one Redis (REDIS_URL),
 * reached directly: a page rendered by one is served by the other, and a change saved through
 * one is on the other within moments. (The multi-instance test adds nginx and the jobs worker.)
 */
describe('two web instances on one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let a: Awaited<ReturnType<typeof startServer>>
  let b: Awaited<ReturnType<typeof startServer>>
  let adminToken: string
  let originalNote: string | null = null

  beforeAll(async () => {
    redis = await startRedis()
    const env = { ...productionEnvironment(), ...inject('serverEnv'), REDIS_URL: redis.url, SMTP_URL: '', PAYLOAD_JOBS_AUTORUN: 'false' }
    ;[a, b] = await Promise.all([startServer(env, await freePort()), startServer(env, await freePort())])
    const { email, password } = demoAccount('admin')
    const login = await fetch(`${a.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    adminToken = ((await login.json()) as { token: string }).token
    const footer = (await (await fetch(`${a.url}/api/globals/footer?depth=0`)).json()) as { note?: string | null }
    originalNote = footer.note ?? null
  }, 240_000)

  afterAll(async () => {
    if (adminToken) await setFooterNote(originalNote)
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.stop()
  })

  const setFooterNote = async (note: string | null) => {
    const response = await fetch(`${a.url}/api/globals/footer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ note }),
    })
    expect(response.status).toBe(200)
  }
  const read = async (url: string, path: string) => {
    const response = await fetch(`${url}${path}`)
    expect(response.status).toBe(200)
    return { cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
  }

  it('serves a page one instance rendered from the other’s first request', async () => {
    const path = `/policies/code-of-conduct`
    await read(a.url, path)
    const fromA = await read(a.url, path)
    expect(fromA.cache).toBe('HIT')
    const fromB = await read(b.url, path)
    expect(fromB.cache).toBe('HIT')
    expect(fromB.html).toBe(fromA.html)
  })

  it('shows a change saved through one instance on the other within moments of the answer', async () => {
    const path = `/policies/code-of-conduct`
    await read(b.url, path) // cached on both before the change
    const note = `Shared cache check ${Date.now()}`
    const saved = Date.now()
    await setFooterNote(note)
    const answered = Date.now()
    // Next sends an API route's answer before the revalidation it asked for reaches the shared
    // cache (it finishes in the route's waitUntil), so B may serve the old page for a moment.
    let fromB = await read(b.url, path)
    let requests = 1
    while (!fromB.html.includes(note) && Date.now() - answered < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      fromB = await read(b.url, path)
      requests += 1
    }
    const seen = Date.now()
    expect(fromB.html).toContain(note)
    console.log(
      `Footer change saved through A in ${answered - saved} ms; on B ${seen - answered} ms after the answer, at its request number ${requests} (${fromB.html.length} bytes of HTML)`,
    )
    // And B's render is shared back: A serves the new page without rendering it again.
    const fromA = await read(a.url, path)
    expect(fromA.html).toContain(note)
  })

  it('shows a change made outside any request (the jobs worker, a script) once it asks one instance to refresh', async () => {
    const path = `/policies/code-of-conduct`
    const before = await read(b.url, path)
    // Payload in this process, as in the worker: its hooks cannot call Next's revalidatePath(),
    // so they ask the instance at INTERNAL_SERVER_URL (POST /api/revalidate-pages) instead.
    Object.assign(process.env, inject('serverEnv'), { PAYLOAD_JOBS_AUTORUN: 'false', INTERNAL_SERVER_URL: a.url })
    await import('@payloadcms/richtext-lexical/lexical') // first and alone, as scripts/preload-lexical.mjs explains
    const [{ default: config }, { getPayload }, { revalidationsSent }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
      import('@/lib/revalidate'),
    ])
    const payload = await getPayload({ config })
    try {
      const note = `Changed by the worker ${Date.now()}`
      await payload.updateGlobal({ slug: 'footer', data: { note }, context: { disableRevalidate: true } })
      expect((await read(b.url, path)).html).toBe(before.html) // cached, and nobody asked for a refresh
      const asked = Date.now()
      await payload.updateGlobal({ slug: 'footer', data: { note: `${note}.` } })
      await revalidationsSent()
      const answered = Date.now()
      expect((await read(b.url, path)).html).toContain(`${note}.`)
      console.log(`Revalidation asked of A from outside a request answered in ${answered - asked} ms (the save included)`)
    } finally {
      await payload.destroy()
    }
  })

  it('keeps the readiness address answering on each instance without touching any data', async () => {
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.url}/api/health`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ ok: true })
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    }
  })
})
