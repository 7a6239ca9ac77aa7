import type { Payload } from 'payload'

export class MissingTransactionsError extends Error {}

/** The one way to run MongoDB without a replica set, and so without transactions. */
export const allowNoTransactionsVariable = 'MONGODB_ALLOW_NO_TRANSACTIONS'

/**
 * Why MongoDB may not be used as connected, or null. Payload uses transactions on MongoDB only
 * when the connection names a replica set; without them a write that fails halfway (a request,
 * a conduct report, an affiliation, the contact form) keeps what it had written so far.
 * `replicaSet` is what the driver connected with: from the address, or from the DNS record
 * behind a mongodb+srv:// address.
 */
export function missingTransactionsMessage(replicaSet: string | undefined, env: Record<string, string | undefined> = process.env): string | null {
  if (replicaSet || env[allowNoTransactionsVariable] === 'true') return null
  return (
    'MongoDB is connected without a replica set, so Payload would run without transactions and a write that fails ' +
    'halfway would keep its first half. Add the replica set to DATABASE_URI (for example ' +
    'mongodb://db1.example.net:27017,db2.example.net:27017/platform?replicaSet=rs0; a single server can run as a one-member ' +
    'replica set: start mongod with --replSet rs0 and run rs.initiate() once), or set ' +
    `${allowNoTransactionsVariable}=true to run without transactions anyway.`
  )
}

/** Stops Payload's start on MongoDB without transactions (see missingTransactionsMessage). */
export function requireMongoTransactions(payload: Payload, env: Record<string, string | undefined> = process.env): void {
  if (payload.db.name !== 'mongoose') return
  const connection = (payload.db as unknown as { connection?: { getClient(): { options: { replicaSet?: string } } } }).connection
  // No connection: Payload was started without one (schema checks), so nothing can be written.
  const client = connection?.getClient()
  if (!client) return
  const message = missingTransactionsMessage(client.options.replicaSet, env)
  if (message) throw new MissingTransactionsError(message)
}
