import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, inArray, lt, or } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload } from 'payload'

export type Claim = {
  collection: CollectionSlug
  id: number | string
  /** The name of the row's status field. */
  status: string
  /** The name of the date field that records when the row was claimed. */
  claimedAt: string
  /** Statuses a row may be claimed from. */
  from: string[]
  /** The status that marks it claimed; a claim older than `timeoutMs` may be taken over. */
  to: string
  now: Date
  timeoutMs: number
}

/**
 * Moves one row to its claimed status in a single conditional write, so that when two server
 * processes reach for the same row only one of them gets it; a worker that claimed a row and
 * vanished gives it up after `timeoutMs`.
 *
 * Payload has no equal: its `update` with a `where` finds the rows and then writes them, so two
 * processes can both find a row waiting and both take it. Each database offers the atomic write
 * itself (an UPDATE … WHERE on SQLite, a filtered updateOne on MongoDB). It goes around Payload,
 * so no hooks run and it sets `updatedAt` itself. An adapter without a branch here is refused:
 * a claim that is not atomic would send emails twice.
 */
export async function claimRow(payload: Payload, claim: Claim): Promise<boolean> {
  const stale = new Date(claim.now.getTime() - claim.timeoutMs)
  if (payload.db.name === 'sqlite') return claimInSqlite(payload.db as unknown as SQLiteAdapter, claim, stale)
  if (payload.db.name === 'mongoose') return claimInMongo(payload.db as unknown as MongooseAdapter, claim, stale)
  throw new Error(`No atomic claim is written for the "${payload.db.name}" database adapter (src/db/claim.ts): add one before using it.`)
}

async function claimInSqlite(db: SQLiteAdapter, { collection, id, status, claimedAt, from, to, now }: Claim, stale: Date): Promise<boolean> {
  const table = db.tables[db.tableNameMap.get(collection.replace(/-/g, '_')) ?? '']
  if (!table) throw new Error(`No table for the ${collection} collection`)
  const result = await db.drizzle
    .update(table)
    .set({ [status]: to, [claimedAt]: now.toISOString(), updatedAt: now.toISOString() })
    .where(and(eq(table.id, id), or(inArray(table[status], from), and(eq(table[status], to), lt(table[claimedAt], stale.toISOString())))))
  return result.rowsAffected === 1
}

async function claimInMongo(db: MongooseAdapter, { collection, id, status, claimedAt, from, to, now }: Claim, stale: Date): Promise<boolean> {
  const result = await db.collections[collection].updateOne(
    { _id: id, $or: [{ [status]: { $in: from } }, { [status]: to, [claimedAt]: { $lt: stale } }] },
    { $set: { [status]: to, [claimedAt]: now, updatedAt: now } },
    // Mongoose would otherwise replace `updatedAt` with its own clock's time.
    { timestamps: false },
  )
  return result.modifiedCount === 1
}
