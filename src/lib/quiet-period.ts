import type { Payload } from 'payload'

/**
 * Defers background work until requests have stopped arriving for `quietMs` (or `maxWaitMs`
 * after the first one at most), then runs it once. During a burst of submissions the work that
 * follows each of them (queueing and sending emails) would otherwise compete with the burst for
 * the one process and the database's write lock, slowing every answer still to come.
 */
export function afterQuietPeriod(
  work: (payload: Payload) => Promise<void>,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
): (payload: Payload) => void {
  const pending = new WeakMap<Payload, { timer: NodeJS.Timeout; firstAt: number }>()
  return (payload) => {
    const now = Date.now()
    const current = pending.get(payload)
    const firstAt = current?.firstAt ?? now
    if (current) clearTimeout(current.timer)
    const delay = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now))
    const timer = setTimeout(() => {
      pending.delete(payload)
      void work(payload)
    }, delay)
    timer.unref?.()
    pending.set(payload, { timer, firstAt })
  }
}
