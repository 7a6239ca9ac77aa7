import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildMongoIndexes, IndexBuildError } from '@/db/mongo-indexes'
import { mentorsPerPage } from '@/directory/params'
import { countLimit, searchMentors } from '@/queries/mentors'
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
  insertMany(docs: object[]): Promise<{ insertedIds: Record<number, { toString(): string }> }>
  deleteMany(filter: object): Promise<unknown>
  dropIndex(name: string): Promise<unknown>
  indexes(): Promise<{ name: string; key: Record<string, unknown>; weights?: Record<string, unknown> }[]>
}

let payload: Payload

beforeAll(async () => {
  if (onMongoDB) payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

describe.runIf(onMongoDB)('MongoDB indexes before the server starts', () => {
  const raw = (slug: string) => (payload.db as unknown as { collections: Record<string, { collection: RawCollection }> }).collections[slug].collection

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

describe.runIf(onMongoDB)('the directory on MongoDB when a search matches more than 1,000 profiles', () => {
  const profiles = () => (payload.db as unknown as { collections: Record<string, { collection: RawCollection }> }).collections['mentor-profiles'].collection
  const search = (q: string, sort: 'relevance' | 'recent' | 'name', page = 1) => searchMentors(payload, { q, show: 'all', sort, page })

  beforeAll(async () => {
    // Written straight into MongoDB: 1,001 profiles through Payload would take minutes.
    const { Types } = await import('mongoose')
    const start = Date.parse('2026-01-01T00:00:00Z')
    await profiles().insertMany(
      Array.from({ length: countLimit + 1 }, (_, index) => ({
        user: new Types.ObjectId(),
        kind: 'mentor',
        displayName: `Volunteer ${String(index).padStart(4, '0')}`,
        slug: `volunteer-${index}`,
        availability: 'open',
        lastActiveAt: new Date(start + index * 60_000),
        searchText: `Volunteer ${index} interviewing`,
        searchWords: [String(index), 'interviewing', 'volunteer'],
      })),
    )
  })

  it('counts 1,000 and says there are more, instead of stopping silently', async () => {
    const result = await search('interv', 'recent')
    expect(result).toMatchObject({ totalDocs: countLimit, moreThan: true, totalPages: Math.ceil(countLimit / mentorsPerPage) })
    expect(result.docs.map((card) => card.displayName)).toEqual(
      Array.from({ length: mentorsPerPage }, (_, index) => `Volunteer ${String(countLimit - index).padStart(4, '0')}`),
    )
  })

  it('pages through the first 1,000, by name too, and shows nothing past them', async () => {
    const last = await search('volunteer', 'name', countLimit / mentorsPerPage)
    expect(last.docs.map((card) => card.displayName).at(-1)).toBe('Volunteer 0999')
    expect((await search('volunteer', 'name', countLimit / mentorsPerPage + 1)).docs).toEqual([])
  })

  it('lists more than 1,000 matches by recent activity when asked for the best match, as SQLite does', async () => {
    const [best, recent] = await Promise.all([search('interviewing', 'relevance'), search('interviewing', 'recent')])
    expect(best.docs.map((card) => card.id)).toEqual(recent.docs.map((card) => card.id))
  })

  it('counts exactly below the limit, and ranks a whole word before a word it only starts', async () => {
    expect(await search('999', 'relevance')).toMatchObject({ totalDocs: 1, moreThan: false })
    const hundred = await search('100', 'relevance')
    expect(hundred).toMatchObject({ totalDocs: 2, moreThan: false })
    expect(hundred.docs.map((card) => card.displayName)).toEqual(['Volunteer 0100', 'Volunteer 1000'])
  })
})
