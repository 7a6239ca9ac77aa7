import type { Payload } from 'payload'

/**
 * SQLite's defaults suit small databases: a 2 MB page cache and no memory mapping. The mentor
 * directory reads a few hundred MB at scale, so each server process maps the file and keeps a
 * larger cache (measured by `npm run bench:directory`).
 */
export async function tuneDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client
  await client.execute('PRAGMA mmap_size = 536870912')
  await client.execute('PRAGMA cache_size = -65536')
  // Refreshes the planner's statistics where they are missing or stale (cheap when they are not).
  await client.execute('PRAGMA optimize')
}
