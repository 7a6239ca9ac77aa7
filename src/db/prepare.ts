import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations'
import { migrations as mongodbMigrations } from '../migrations/mongodb'
import { buildMongoIndexes } from './mongo-indexes'

/** The committed migrations for the database Payload runs on. */
export function committedMigrations(payload: Payload): Migration[] {
  // The generated lists are typed for their adapter; the shared adapter interface is looser.
  return (payload.db.name === 'mongoose' ? mongodbMigrations : sqliteMigrations) as unknown as Migration[]
}

/**
 * Everything the database needs before the server answers: the committed migrations and, on
 * MongoDB, every declared index built and checked (src/db/mongo-indexes.ts). Run by
 * `npm run db:prepare` before `dev`, `build` and `start`, and by the tests for each database.
 */
export async function prepareDatabase(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: committedMigrations(payload) })
  await buildMongoIndexes(payload)
}
