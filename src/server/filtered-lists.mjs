/**
 * The public lists whose address without a query is one cached page shared by every visitor: each
 * page is `force-static`, so the publish hooks' revalidatePath('/events') refreshes that page. An
 * address carrying one of the list's own parameters is rewritten to the same page under /filtered
 * (src/app/(frontend)/filtered), rendered for that request, while the address the visitor sees,
 * shares and pages through stays /events?format=online. A parameter the list does not read
 * (?utm_source=…) gets the cached page, which is what the list would show for it anyway; an empty
 * one (?q=) too. Each list's parameters are the ones its parser reads (src/queries/events.ts,
 * opportunities.ts, resources.ts, and the organisations page).
 *
 * The rewrite is Next's own (next.config.mjs), not src/proxy.ts's: a proxy rewrite is sent over
 * HTTP back to the server when it listens on a loopback address (`next start -H 127.0.0.1`), and
 * fails behind a TLS proxy (vercel/next.js#94745).
 */
export const filteredListParameters = {
  '/events': ['when', 'host', 'format', 'from', 'to', 'page'],
  '/jobs': ['kind', 'workplace', 'location', 'company', 'page'],
  '/resources': ['q', 'category', 'audience', 'page'],
  '/organizations': ['kind', 'q', 'page'],
}

export const filteredPrefix = '/filtered'

/** For next.config's `rewrites.beforeFiles`: one rule per list and parameter. */
export const filteredListRewrites = Object.entries(filteredListParameters).flatMap(([path, keys]) =>
  keys.map((key) => ({ source: path, has: [{ type: 'query', key }], destination: `${filteredPrefix}${path}` })),
)
