import type { Endpoint } from 'payload'

/**
 * GET /api/health: 200 `{ ok: true }` once Payload runs in this process (its database
 * connected, its job schedule started), nothing else. The first request starts Payload under
 * `next start`; the proxy, the container healthcheck and the test harness ask this address.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } }),
}
