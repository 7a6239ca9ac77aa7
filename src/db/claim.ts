import { sql } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'

type Claim = {
  collection: CollectionSlug
  id: number | string
  /** The status field, by its name in Payload and its column in SQLite. */
  status: { field: string; column: string }
  /** The claim's time, by its name in Payload and its column in SQLite. */
  claimedAt: { field: string; column: string }
  /** Statuses a row may be claimed from. */
  from: string[]
  /** The status that marks it claimed; a claim older than `timeoutMs` may be taken over. */
  to: string
  now: Date
  timeoutMs: number
}

/**
 * Moves one row to its claimed status in a single conditional write, so that when two server
 * processes reach for the same row only one of them gets it. A worker that claimed a row and
 * vanished gives it up after `timeoutMs`. The write goes around Payload (no hooks run), so it
 * sets `updatedAt` itself.
 */
export async function claimRow(payload: Payload, { collection, id, status, claimedAt, from, to, now, timeoutMs }: Claim): Promise<boolean> {
  const stale = new Date(now.getTime() - timeoutMs)
  if (payload.db.name === 'sqlite') {
    const { drizzle, tables } = payload.db as unknown as {
      drizzle: { run(query: ReturnType<typeof sql>): Promise<{ rowsAffected: number }> }
      tables: Record<string, unknown>
    }
    const table = Object.keys(tables).find((name) => name === collection.replace(/-/g, '_'))
    if (!table) throw new Error(`No table for ${collection}`)
    const statusColumn = sql.identifier(status.column)
    const claimedColumn = sql.identifier(claimedAt.column)
    const result = await drizzle.run(
      sql`UPDATE ${sql.identifier(table)} SET ${statusColumn} = ${to}, ${claimedColumn} = ${now.toISOString()}, updated_at = ${now.toISOString()}
          WHERE id = ${Number(id)} AND (${statusColumn} IN (${sql.join(
            from.map((value) => sql`${value}`),
            sql`, `,
          )}) OR (${statusColumn} = ${to} AND ${claimedColumn} < ${stale.toISOString()}))`,
    )
    return result.rowsAffected === 1
  }
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, { updateOne(filter: object, update: object): Promise<{ modifiedCount: number }> }> })
      .collections[collection]
    const result = await model.updateOne(
      { _id: id, $or: [{ [status.field]: { $in: from } }, { [status.field]: to, [claimedAt.field]: { $lt: stale } }] },
      { $set: { [status.field]: to, [claimedAt.field]: now, updatedAt: now } },
    )
    return result.modifiedCount === 1
  }
  // Other adapters: read, then write (not atomic across processes).
  const row = (await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })) as unknown as Record<string, unknown>
  if (!from.includes(String(row[status.field]))) return false
  await payload.update({ collection, id, data: { [status.field]: to, [claimedAt.field]: now.toISOString() } as never, overrideAccess: true })
  return true
}
