import { RateLimiterRes } from 'rate-limiter-flexible'
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

/** The part of @libsql/client the store uses. */
type Statement = { sql: string; args: (string | number | null)[] }
type ResultSet = { rows: Record<string, unknown>[]; rowsAffected: number }
export type LibsqlClient = {
  execute(statement: Statement): Promise<ResultSet>
  batch(statements: Statement[], mode: 'write'): Promise<ResultSet[]>
}

type Row = { points: number; expire: number | null }
type StoreOptions = ConstructorParameters<typeof RateLimiterStoreAbstract>[0]

/**
 * rate-limiter-flexible's counts in the SQLite database Payload uses, through Payload's own
 * libsql connection (`payload.db.client`). The library's SQLite store speaks to sqlite3 or better-sqlite3,
 * and its Drizzle store imports a drizzle-orm the app does not have, so this is a small store on
 * the library's own base class: one atomic upsert per count.
 *
 * The table is the limiter's, not Payload's: no collection, no migration, created here as the
 * library's own SQL stores create theirs. (Payload's SQLite adapter runs with push off, so
 * nothing drops a table it does not know.)
 */
export class RateLimiterLibsql extends RateLimiterStoreAbstract {
  private readonly sqlite: LibsqlClient

  constructor(options: StoreOptions & { storeClient: LibsqlClient }) {
    super(options)
    this.sqlite = options.storeClient
  }

  private ready(): Promise<unknown> {
    return tableFor(this.sqlite)
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    await this.ready()
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    // A lapsed count starts again; `forceExpire` (block, set) replaces it outright.
    const restart = `(${forceExpire ? 1 : 0} OR (${table}.expire IS NOT NULL AND ${table}.expire <= ?))`
    const { rows } = await inOneTransaction(this.sqlite, {
      sql:
        `INSERT INTO ${table} (key, points, expire) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET ` +
        `points = CASE WHEN ${restart} THEN excluded.points ELSE ${table}.points + excluded.points END, ` +
        `expire = CASE WHEN ${restart} THEN excluded.expire ELSE ${table}.expire END ` +
        'RETURNING points, expire',
      args: [key, points, expire, now, now],
    })
    if (Math.random() < 0.01) void inOneTransaction(this.sqlite, { sql: `DELETE FROM ${table} WHERE expire < ?`, args: [now - 60 * 60 * 1000] }).catch(() => {})
    return toRow(rows[0])
  }

  async _get(key: string): Promise<Row | null> {
    await this.ready()
    const { rows } = await this.sqlite.execute({
      sql: `SELECT points, expire FROM ${table} WHERE key = ? AND (expire IS NULL OR expire > ?)`,
      args: [key, Date.now()],
    })
    return rows[0] ? toRow(rows[0]) : null
  }

  async _delete(key: string): Promise<boolean> {
    await this.ready()
    const { rowsAffected } = await inOneTransaction(this.sqlite, { sql: `DELETE FROM ${table} WHERE key = ?`, args: [key] })
    return rowsAffected > 0
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const msBeforeNext = row.expire === null ? -1 : Math.max(row.expire - Date.now(), 0)
    return new RateLimiterRes(Math.max(this.points - row.points, 0), msBeforeNext, row.points, row.points === changedPoints)
  }
}

const table = 'rate_limit_counters'

/*
 * The counts taken during one turn of the event loop are written in one transaction: a burst of
 * 500 contact submissions takes 1,000 counts, and one transaction each held the database for
 * about a third of a second (`npm run bench:contact-handler`).
 * Should SQLite still answer "database is locked" (another process held it past Payload's busy
 * timeout), the batch is tried again a few milliseconds later before the insurance counts.
 */
type Waiting = { statement: Statement; resolve: (result: ResultSet) => void; reject: (error: unknown) => void }
const waitingFor = new WeakMap<LibsqlClient, Waiting[]>()
/** A lock is usually held for milliseconds (a group commit lingers 10 ms): ask often, for up to 3 s. */
const retryDelayMs = (attempt: number) => Math.min(20, 2 * 1.5 ** attempt)
const retryForMs = 3_000

function inOneTransaction(client: LibsqlClient, statement: Statement): Promise<ResultSet> {
  return new Promise((resolve, reject) => {
    let waiting = waitingFor.get(client)
    if (!waiting) {
      const batch: Waiting[] = (waiting = [])
      waitingFor.set(client, batch)
      setImmediate(() => {
        waitingFor.delete(client)
        writeBatch(
          client,
          batch.map((entry) => entry.statement),
        ).then(
          (results) => batch.forEach((entry, index) => entry.resolve(results[index])),
          (error) => batch.forEach((entry) => entry.reject(error)),
        )
      })
    }
    waiting.push({ statement, resolve, reject })
  })
}

async function writeBatch(client: LibsqlClient, statements: Statement[]): Promise<ResultSet[]> {
  const deadline = Date.now() + retryForMs
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await client.batch(statements, 'write')
    } catch (error) {
      if (!isLocked(error) || Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)))
    }
  }
}

const isLocked = (error: unknown) => {
  const { code, message } = error as { code?: unknown; message?: unknown }
  return (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || (typeof message === 'string' && message.includes('database is locked'))
}

const tables = new WeakMap<LibsqlClient, Promise<unknown>>()

function tableFor(client: LibsqlClient): Promise<unknown> {
  let ready = tables.get(client)
  if (!ready) {
    ready = writeBatch(client, [
      { sql: `CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY NOT NULL, points INTEGER NOT NULL, expire INTEGER)`, args: [] },
    ])
    // Another try on the next count if this one failed.
    ready.catch(() => tables.delete(client))
    tables.set(client, ready)
  }
  return ready
}

function toRow(row: Record<string, unknown> | undefined): Row {
  if (!row) throw new Error('The rate limit counter was not returned')
  return { points: Number(row.points), expire: row.expire === null || row.expire === undefined ? null : Number(row.expire) }
}
