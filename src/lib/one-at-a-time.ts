/*
 * Work queued per key inside one server process: each run of `work` for a key starts after the
 * previous one for that key has settled (succeeded or failed). Runs for other keys go on at once.
 */

const underWay = new Map<string, Promise<void>>()

export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = underWay.get(key) ?? Promise.resolve()
  const run = before.then(work)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  underWay.set(key, settled)
  try {
    return await run
  } finally {
    if (underWay.get(key) === settled) underWay.delete(key)
  }
}
