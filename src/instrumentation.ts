/**
 * Next calls `register` once as each server process starts. The process then loads its pool of
 * profiles for suggested mentors (src/matching/suggest.ts) in the background, so the first student
 * to ask is not the one who waits for it: at 50,000 profiles the load takes about ten seconds.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  setTimeout(() => {
    void (async () => {
      const [{ getPayloadClient }, { warmMatchingPool }] = await Promise.all([import('@/lib/payload'), import('@/matching/suggest')])
      await warmMatchingPool(await getPayloadClient())
    })().catch((error: unknown) => console.error('Loading the suggested mentors pool failed; the first suggestion will load it.', error))
  }, 2_000).unref()
}
