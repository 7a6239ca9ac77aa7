import type { Payload } from 'payload'

/**
 * Wraps background work so that one run at a time goes on per server process: a call made
 * during a run gets one more pass after it, not a run of its own. A burst of requests that each
 * ask for the work therefore costs a pass or two, not hundreds of runs competing.
 */
export function singleFlight(work: (payload: Payload) => Promise<void>, failure: string): (payload: Payload) => Promise<void> {
  const runs = new WeakMap<Payload, { running: Promise<void>; again: boolean }>()
  return (payload) => {
    const current = runs.get(payload)
    if (current) {
      current.again = true
      return current.running
    }
    const state = { again: false, running: Promise.resolve() }
    state.running = (async () => {
      try {
        do {
          state.again = false
          await work(payload)
        } while (state.again)
      } catch (error) {
        payload.logger.error({ err: error, msg: failure })
      } finally {
        runs.delete(payload)
      }
    })()
    runs.set(payload, state)
    return state.running
  }
}
