import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const migrationDir = path.resolve(import.meta.dirname, '../../src/migrations')

type DrizzleKit = {
  generateDrizzleJson(schema: unknown): Promise<unknown>
  generateMigration(before: unknown, after: unknown): Promise<string[]>
}

/**
 * The embedded database only changes through committed migrations. If a collection or field
 * changes without `npm run migrate:create`, the schema no longer matches the last migration's
 * snapshot and this fails, naming the SQL that is missing.
 */
describe.runIf(!process.env.DATABASE_URI?.startsWith('mongodb'))('committed migrations', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  it('match the schema the collections define', async () => {
    const db = payload.db as unknown as { requireDrizzleKit(): DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs.readdirSync(migrationDir).filter((file) => file.endsWith('.json')).sort().at(-1)
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

  it('have been applied to a fresh database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100 })
    const { migrations } = await import('../../src/migrations')
    expect(docs.map((doc) => doc.name).sort()).toEqual(migrations.map((migration) => migration.name).sort())
  })
})
