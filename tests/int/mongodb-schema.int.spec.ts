import type { Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { buildConfig, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { platformConfig } from '../../payload.config'

/**
 * No MongoDB server runs where this suite is built, so Payload starts on the MongoDB adapter
 * without a connection: schema and index definitions are still compiled into Mongoose models,
 * and mistakes on the production path fail here.
 */
describe('the platform on the MongoDB adapter', () => {
  let payload: Payload

  beforeAll(async () => {
    const config = await buildConfig(platformConfig({ db: mongooseAdapter({ url: false }), secret: 'schema-check' }))
    payload = await getPayload({ config, key: 'mongodb-schema-check' } as never)
  })
  afterAll(() => payload?.destroy())

  it('builds a model for every collection and its versions', () => {
    const db = payload.db as unknown as { collections: Record<string, unknown>; versions: Record<string, unknown> }
    for (const slug of ['users', 'policies', 'role-guides']) expect(db.collections[slug]).toBeDefined()
    expect(db.versions.policies).toBeDefined()
    expect(db.versions['role-guides']).toBeDefined()
  })

  it('declares unique indexes for slugs and the guide role', () => {
    const db = payload.db as unknown as { collections: Record<string, { schema: { indexes(): [Record<string, number>, { unique?: boolean }][] } }> }
    const uniqueKeys = (slug: string) =>
      db.collections[slug].schema
        .indexes()
        .filter(([, options]) => options.unique)
        .map(([keys]) => Object.keys(keys).join(','))
    expect(uniqueKeys('policies')).toContain('slug')
    expect(uniqueKeys('role-guides')).toContain('role')
  })

  it('declares the mentor directory’s word index, for prefix search, and its text index, for ranking', () => {
    const db = payload.db as unknown as { collections: Record<string, { schema: { indexes(): [Record<string, unknown>, object][] } }> }
    const keys = db.collections['mentor-profiles'].schema.indexes().map(([fields]) => fields)
    expect(keys).toContainEqual({ searchWords: 1 })
    expect(keys).toContainEqual({ searchText: 'text' })
  })
})
