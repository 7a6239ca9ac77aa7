/**
 * Runs once when a server process starts (Next's instrumentation hook). Starting Payload here,
 * rather than on the first request, means each process runs its scheduled jobs (the email
 * outbox, reminders) from the start even before anyone visits, and the production server's
 * direct API routes (src/server/direct-api.mjs) are ready for the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getPayloadClient } = await import('./lib/payload')
  await getPayloadClient()
}
