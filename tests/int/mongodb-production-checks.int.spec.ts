import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildMongoIndexes, IndexBuildError } from '@/db/mongo-indexes'
import { missingTransactionsMessage, MissingTransactionsError } from '@/db/transactions'

import { platformConfig } from '../../payload.config'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const onMongoDB = Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))

describe('transactions on MongoDB', () => {
  it('are required: without a replica set the start stops, saying what to change', () => {
    const message = missingTransactionsMessage(undefined, {})
    expect(message).toMatch(/without transactions/)
    expect(message).toMatch(/replicaSet=rs0/)
    expect(message).toMatch(/MONGODB_ALLOW_NO_TRANSACTIONS=true/)
  })

  it('are there when the driver connected to a replica set', () => {
    expect(missingTransactionsMessage('rs0', {})).toBeNull()
  })

  it('may be given up only by saying so', () => {
    expect(missingTransactionsMessage(undefined, { MONGODB_ALLOW_NO_TRANSACTIONS: 'true' })).toBeNull()
    expect(missingTransactionsMessage(undefined, { MONGODB_ALLOW_NO_TRANSACTIONS: '1' })).not.toBeNull()
  })

  it.runIf(onMongoDB)('stop Payload starting on a connection without a replica set', async () => {
    const url = new URL(process.env.DATABASE_URI!)
    url.searchParams.delete('replicaSet')
    url.pathname = `${url.pathname}_standalone`
    const config = await buildConfig(platformConfig({ db: mongooseAdapter({ url: url.toString() }), secret: 'no-transactions' }))
    const attempt = getPayload({ config, key: 'mongodb-without-replica-set' } as never)
    await expect(attempt).rejects.toThrow(MissingTransactionsError)
    await expect(attempt).rejects.toThrow(/Add the replica set to DATABASE_URI/)
  })
})

type RawCollection = {
  insertMany(docs: object[]): Promise<unknown>
  deleteMany(filter: object): Promise<unknown>
  dropIndex(name: string): Promise<unknown>
  indexes(): Promise<{ name: string; key: Record<string, unknown>; weights?: Record<string, unknown> }[]>
}

describe.runIf(onMongoDB)('MongoDB indexes before the server starts', () => {
  let payload: Payload
  const raw = (slug: string) => (payload.db as unknown as { collections: Record<string, { collection: RawCollection }> }).collections[slug].collection

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  it('are built, the directory’s word and text indexes with them', async () => {
    const indexes = await raw('mentor-profiles').indexes()
    expect(indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['searchWords_1', 'mentor_profiles_search_text', 'slug_1', 'user_1']))
    expect((await raw('users').indexes()).map((index) => index.name)).toContain('email_1')
  })

  it('stop the start naming the unique index that existing duplicates prevent', async () => {
    const industries = raw('industries')
    await industries.dropIndex('slug_1')
    await industries.insertMany([
      { name: 'Twice', slug: 'twice' },
      { name: 'Twice again', slug: 'twice' },
    ])
    const attempt = buildMongoIndexes(payload)
    await expect(attempt).rejects.toThrow(IndexBuildError)
    await expect(attempt).rejects.toThrow(/index slug_1 on industries could not be built/)

    await industries.deleteMany({ slug: 'twice' })
    await buildMongoIndexes(payload)
    expect((await industries.indexes()).map((index) => index.name)).toContain('slug_1')
  })
})
