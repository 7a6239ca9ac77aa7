import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Redis } from 'ioredis'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { revalidatePaths } from '@/lib/revalidate'
import { revalidatePagesEndpoint, revalidationToken } from '@/server/revalidate-pages'

import { startRedis } from '../helpers/redis'

import { freePort } from '../../scripts/production-server'

// Outside a Next request (here, as in the jobs worker) Next's revalidatePath() throws this.
const revalidatePath = vi.hoisted(() =>
  vi.fn((path: string, _type?: string): void => {
    throw new Error(`Invariant: static generation store missing in revalidatePath("${path}")`)
  }),
)
vi.mock('next/cache', () => ({ revalidatePath }))

type PageCache = {
  get(key: string, ctx: object): Promise<{ value: { html?: string } } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string | string[]): Promise<void>
}

const page = (html: string, route: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  status: 200,
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${route}/layout,_N_T_${route}/page,_N_T_${route}` },
})
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }

/**
 * The page cache every web instance shares when REDIS_URL is set (src/cache/redis-page-cache.mjs),
 * read here as Next reads it, and Redis looked at directly as any other instance would see it.
 * (tests/e2e/instances-share-pages.e2e.spec.ts runs two `next start` instances on one Redis.)
 */
describe('the page cache in Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let client: Redis
  let cache: PageCache

  beforeAll(async () => {
    redis = await startRedis()
    process.env.REDIS_URL = redis.url
    client = new Redis(redis.url)
    const { default: RedisPageCache } = await import('../../src/cache/redis-page-cache.mjs')
    cache = new RedisPageCache({ serverDistDir: '/nonexistent/server' }) as unknown as PageCache
  })
  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
  })

  const pageKeys = async () => (await client.keys('pages:*')).filter((key) => !key.includes('__'))

  it('keeps each page in Redis for every instance, for a day at most', async () => {
    await cache.set('/policies/a', page('<p>v1</p>', '/policies/a'), { cacheControl: { revalidate: 600, expire: 31_536_000 } })
    await cache.set('/policies/b', page('<p>b</p>', '/policies/b'), { cacheControl: { revalidate: 600, expire: 31_536_000 } })
    expect(await cache.get('/policies/a', pageContext)).toMatchObject({ value: { html: '<p>v1</p>' } })

    const keys = await pageKeys()
    expect(keys.sort()).toEqual(['pages:development:/policies/a', 'pages:development:/policies/b'])
    const ttl = await client.ttl('pages:development:/policies/a')
    expect(ttl).toBeGreaterThan(23 * 3600)
    expect(ttl).toBeLessThanOrEqual(24 * 3600)
  })

  it('deletes a revalidated page from Redis, so no instance serves it again, and leaves the others', async () => {
    await cache.revalidateTag(['_N_T_/policies/a'])
    expect(await client.exists('pages:development:/policies/a')).toBe(0)
    expect(await cache.get('/policies/a', pageContext)).toBeNull()
    expect(await cache.get('/policies/b', pageContext)).toMatchObject({ value: { html: '<p>b</p>' } })

    await cache.set('/policies/a', page('<p>v2</p>', '/policies/a'), { cacheControl: { revalidate: 600, expire: 31_536_000 } })
    expect(await cache.get('/policies/a', pageContext)).toMatchObject({ value: { html: '<p>v2</p>' } })
  })

  it('deletes every page when the site-wide layout is revalidated (a changed footer)', async () => {
    await cache.revalidateTag(['_N_T_/layout'])
    expect(await cache.get('/policies/a', pageContext)).toBeNull()
    expect(await cache.get('/policies/b', pageContext)).toBeNull()
    expect(await pageKeys()).toEqual([])
  })
})

/**
 * Scheduled publishing, deadlines and `npm run policies:import` run outside a Next request; they
 * ask a web instance to refresh the pages (POST /api/revalidate-pages), which checks who asks.
 */
describe('pages refreshed from outside a Next request', () => {
  const secret = 'a-payload-secret-of-this-deployment'
  const logged: string[] = []
  const record = (level: string) => (message: unknown) => logged.push(`${level}: ${typeof message === 'string' ? message : JSON.stringify(message)}`)
  const payload = { secret, logger: { error: record('error'), warn: record('warn') } } as unknown as Payload
  let instance: http.Server
  let received: { url?: string; authorization?: string; body: string }[] = []
  let status = 200

  beforeAll(async () => {
    instance = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ url: req.url, authorization: req.headers.authorization, body })
        res.writeHead(status, { 'Content-Type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve))
    process.env.INTERNAL_SERVER_URL = `http://127.0.0.1:${(instance.address() as AddressInfo).port}`
    delete process.env.JOBS_SECRET
  })
  afterAll(async () => {
    delete process.env.INTERNAL_SERVER_URL
    await new Promise((resolve) => instance?.close(resolve))
  })

  it('asks the web instance once, with the deployment’s token, for each page named', async () => {
    received = []
    await revalidatePaths(payload, ['/jobs', '/jobs/night-shift', '/jobs'])
    expect(received).toEqual([
      { url: '/api/revalidate-pages', authorization: `Bearer ${revalidationToken(secret)}`, body: JSON.stringify({ paths: ['/jobs', '/jobs/night-shift'] }) },
    ])
    await revalidatePaths(payload, ['/'], 'layout')
    expect(JSON.parse(received[1].body)).toEqual({ paths: ['/'], type: 'layout' })
  })

  it('uses JOBS_SECRET as the token when the operator set one', async () => {
    received = []
    process.env.JOBS_SECRET = 'the-schedulers-secret'
    try {
      await revalidatePaths(payload, ['/events'])
      expect(received[0].authorization).toBe('Bearer the-schedulers-secret')
    } finally {
      delete process.env.JOBS_SECRET
    }
  })

  it('logs, and does not throw, when the web instance refuses or cannot be reached', async () => {
    logged.length = 0
    status = 403
    await expect(revalidatePaths(payload, ['/jobs'])).resolves.toBeUndefined()
    status = 200
    expect(logged).toEqual([expect.stringMatching(/^error: Could not refresh cached pages \/jobs through http:\/\/127\.0\.0\.1:\d+: 403/)])

    // Nobody listening (a script before the first start): a warning, once per address.
    const nobody = `http://127.0.0.1:${await freePort()}`
    process.env.INTERNAL_SERVER_URL = nobody
    try {
      await expect(revalidatePaths(payload, ['/jobs'])).resolves.toBeUndefined()
      await expect(revalidatePaths(payload, ['/events'])).resolves.toBeUndefined()
    } finally {
      process.env.INTERNAL_SERVER_URL = `http://127.0.0.1:${(instance.address() as AddressInfo).port}`
    }
    expect(logged.slice(1)).toEqual([
      `warn: No web instance answered at ${nobody} to refresh cached pages (/jobs); pages changed by this process catch up within their revalidate time. If web instances run elsewhere, set INTERNAL_SERVER_URL to one of them.`,
    ])
  })

  const ask = async (body: unknown, authorization?: string) => {
    const headers = new Headers(authorization ? { Authorization: authorization } : {})
    const req = { headers, payload, json: async () => body } as unknown as PayloadRequest
    const response = await revalidatePagesEndpoint.handler(req)
    return { status: response.status, json: (await response.json()) as { errors?: { form: string }; revalidated?: string[] } }
  }

  it('refreshes the pages for a caller with the token', async () => {
    revalidatePath.mockClear()
    revalidatePath.mockImplementation(() => undefined)
    try {
      const answer = await ask({ paths: ['/jobs', '/jobs/night-shift', '/jobs'] }, `Bearer ${revalidationToken(secret)}`)
      expect(answer).toEqual({ status: 200, json: { revalidated: ['/jobs', '/jobs/night-shift'] } })
      expect(revalidatePath.mock.calls).toEqual([
        ['/jobs', undefined],
        ['/jobs/night-shift', undefined],
      ])
    } finally {
      revalidatePath.mockReset()
    }
  })

  it('answers 401 without a token and 403 with a wrong one, refreshing nothing', async () => {
    const without = await ask({ paths: ['/jobs'] })
    expect(without.status).toBe(401)
    expect(without.json.errors?.form).toMatch(/Authorization: Bearer/)
    expect((await ask({ paths: ['/jobs'] }, 'Bearer not-the-token')).status).toBe(403)
    expect((await ask({ paths: ['/jobs'] }, `Basic ${revalidationToken(secret)}`)).status).toBe(403)
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('answers 400 saying what to send for a body that names no pages properly', async () => {
    const token = `Bearer ${revalidationToken(secret)}`
    for (const body of [
      undefined,
      {},
      { paths: [] },
      { paths: ['jobs'] },
      { paths: ['/jobs?page=2'] },
      { paths: ['/jobs'], type: 'everything' },
      { paths: [42] },
    ]) {
      const answer = await ask(body, token)
      expect(answer.status).toBe(400)
      expect(answer.json.errors?.form).toMatch(/^Send \{"paths": \["\/jobs", "\/jobs\/a-job"\]/)
    }
    expect(revalidatePath).not.toHaveBeenCalled()
  })
})
