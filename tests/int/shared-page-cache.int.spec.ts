import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { expireCachedPaths, tagsForPath } from '../../src/cache/tag-log.mjs'

/**
 * Server processes share cached pages through a directory. These tests write to it as another
 * process would (a revalidation log line) and check this process's cache stops serving the page.
 */
describe('the page cache shared by server processes', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-cache-'))
  type Handler = {
    get(key: string, ctx: object): Promise<{ value: unknown } | null>
    set(key: string, data: object, ctx: object): Promise<void>
    revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>
  }
  let cache: Handler

  const page = (html: string, route: string) => ({
    kind: 'APP_PAGE',
    html,
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${route}/page,_N_T_${route}` },
  })

  beforeAll(async () => {
    process.env.ISR_CACHE_DIR = directory
    const { default: SharedIsrCache } = await import('../../src/cache/shared-isr-cache.mjs')
    cache = new SharedIsrCache({ serverDistDir: directory }) as unknown as Handler
  })

  it('names the same tags as Next’s revalidatePath', () => {
    expect(tagsForPath('/')).toEqual(['_N_T_/', '_N_T_/index'])
    expect(tagsForPath('/policies/code-of-conduct/')).toEqual(['_N_T_/policies/code-of-conduct'])
    expect(tagsForPath('/', 'layout')).toEqual(['_N_T_/layout'])
  })

  it('serves a stored page until another process revalidates its path', async () => {
    await cache.set('/policies/a', page('<p>v1</p>', '/policies/a'), { cacheControl: { revalidate: 600 } })
    await cache.set('/policies/b', page('<p>b</p>', '/policies/b'), { cacheControl: { revalidate: 600 } })
    expect(await cache.get('/policies/a', { kind: 'APP_PAGE' })).toMatchObject({ value: { html: '<p>v1</p>' } })

    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(expireCachedPaths(['/policies/a'], undefined, directory)).toBe(true)

    expect(await cache.get('/policies/a', { kind: 'APP_PAGE' })).toBeNull()
    expect(await cache.get('/policies/b', { kind: 'APP_PAGE' })).toMatchObject({ value: { html: '<p>b</p>' } })
  })

  it('serves the fresh render after revalidation', async () => {
    await cache.set('/policies/a', page('<p>v2</p>', '/policies/a'), { cacheControl: { revalidate: 600 } })
    expect(await cache.get('/policies/a', { kind: 'APP_PAGE' })).toMatchObject({ value: { html: '<p>v2</p>' } })
    expect(fs.readdirSync(directory).filter((file) => file.endsWith('.bin'))).toHaveLength(2)
  })

  it('expires every page when the site-wide layout is revalidated', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5))
    expireCachedPaths(['/'], 'layout', directory)
    expect(await cache.get('/policies/a', { kind: 'APP_PAGE' })).toBeNull()
    expect(await cache.get('/policies/b', { kind: 'APP_PAGE' })).toBeNull()
  })

  it('does nothing when no server has a cache yet', () => {
    expect(expireCachedPaths(['/'], undefined, path.join(directory, 'missing'))).toBe(false)
  })
})
