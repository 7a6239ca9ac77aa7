import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { committedMigrations } from '@/db/prepare'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const migrationDir = path.resolve(import.meta.dirname, '../../src/migrations')
const mongodbMigrationDir = path.join(migrationDir, 'mongodb')
const onMongoDB = Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))

type DrizzleKit = {
  generateDrizzleJson(schema: unknown): Promise<unknown>
  generateMigration(before: unknown, after: unknown): Promise<string[]>
}

let payload: Payload

beforeAll(async () => {
  payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

/**
 * The embedded database only changes through committed migrations. If a collection or field
 * changes without `npm run migrate:create`, the schema no longer matches the last migration's
 * snapshot and this fails, naming the SQL that is missing.
 */
describe.runIf(!onMongoDB)('committed SQLite migrations', () => {
  it('match the schema the collections define', async () => {
    const db = payload.db as unknown as { requireDrizzleKit(): DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no migration snapshot is committed in src/migrations').toBeDefined()
    const committed = JSON.parse(fs.readFileSync(path.join(migrationDir, latest!), 'utf8'))
    const missing = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(missing, 'the schema changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
  })

  it('are listed in src/migrations/index.ts', async () => {
    const { migrations } = await import('../../src/migrations')
    const files = fs.readdirSync(migrationDir).filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
    expect(migrations.map((migration) => `${migration.name}.ts`).sort()).toEqual(files.sort())
  })
})

/**
 * Each database has its own committed migrations, applied by `npm run db:prepare` and by the
 * tests (src/db/prepare.ts): SQLite's build the schema, MongoDB's (src/migrations/mongodb/)
 * change existing data. This runs on whichever database the suite runs on; CI runs it on both.
 */
describe('committed migrations on this database', () => {
  it('have all been applied to a fresh database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100, pagination: false })
    const expected = committedMigrations(payload).map((migration) => migration.name)
    expect(expected.length).toBeGreaterThan(0)
    expect(docs.map((doc) => doc.name).sort()).toEqual(expected.sort())
  })

  it('are not applied twice when the database is prepared again', async () => {
    const { prepareDatabase } = await import('@/db/prepare')
    await prepareDatabase(payload)
    const { totalDocs } = await payload.count({ collection: 'payload-migrations' })
    expect(totalDocs).toBe(committedMigrations(payload).length)
  })

  it('for MongoDB are listed in src/migrations/mongodb/index.ts', async () => {
    const { migrations } = await import('../../src/migrations/mongodb')
    const files = fs.readdirSync(mongodbMigrationDir).filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
    expect(migrations.map((migration) => `${migration.name}.ts`).sort()).toEqual(files.sort())
  })

  it.runIf(onMongoDB)('give profiles saved before MongoDB kept their words the words of their search text', async () => {
    const { up } = await import('../../src/migrations/mongodb/20261201_093000_directory_words')
    const profiles = (
      payload.db as unknown as {
        collections: Record<
          string,
          { collection: { insertOne(doc: object): Promise<{ insertedId: unknown }>; findOne(filter: object): Promise<{ searchWords?: string[] } | null> } }
        >
      }
    ).collections['mentor-profiles'].collection
    const { insertedId } = await profiles.insertOne({ displayName: 'Old Profile', slug: 'old-profile', searchText: 'Old Profile \nRésumé reviews in Kraków' })
    await up({ payload, req: {} as never, session: undefined })
    expect((await profiles.findOne({ _id: insertedId }))?.searchWords).toEqual(['krakow', 'old', 'profile', 'resume', 'reviews', 'in'].sort())
  })
})
