import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import type { DatabaseTarget } from '@/lib/database'

import { migrations } from '../migrations'

/**
 * MongoDB in production, SQLite as the embedded default. Each has its own committed migrations,
 * applied by `npm run db:prepare` (which `dev`, `build`, `start` and the tests run first): on
 * SQLite they are the schema (never an interactive "push"); on MongoDB, where Mongoose keeps no
 * schema in the database, they change existing data, in src/migrations/mongodb/.
 */
export function databaseAdapter(target: DatabaseTarget) {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      transactionOptions: {},
      migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
    })
  }
  return sqliteAdapter({
    client: { url: target.url },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    busyTimeout: 5000,
    wal: true,
  })
}
