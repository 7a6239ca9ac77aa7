import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import type { DatabaseTarget } from '@/lib/database'

import { migrations } from '../migrations'

/**
 * MongoDB in production, SQLite as the embedded default. The SQLite schema only ever changes
 * through committed migrations (never an interactive "push"), applied by `npm run db:migrate`,
 * which `dev`, `start` and the tests run first.
 */
export function databaseAdapter(target: DatabaseTarget) {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({ url: target.url, transactionOptions: {} })
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
