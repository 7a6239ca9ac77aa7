import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { trustedProxies } from './src/limits/client-address.mjs'
import { filteredListRewrites } from './src/server/filtered-lists.mjs'
import { securityHeaders } from './src/server/security-headers.mjs'

// Read at start, so that a TRUST_PROXY that cannot be read stops the server with its reason.
trustedProxies(process.env.TRUST_PROXY)

/**
 * With REDIS_URL, every instance keeps its pages in Redis (src/cache/redis-page-cache.mjs) and
 * none in its own memory, where a page another instance revalidated would stay stale. Without,
 * Next's own cache serves one instance, as `npm run dev` does.
 */
const pageCache = process.env.REDIS_URL
  ? { cacheHandler: fileURLToPath(new URL('./src/cache/redis-page-cache.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  generateEtags: false,
  ...pageCache,
  // Résumés (5 MB at most) are uploaded through a server action; the margin covers the form's other fields.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // Filtered public lists render per request; without a query they come from the page cache.
  rewrites: async () => ({ beforeFiles: filteredListRewrites }),
  async headers() {
    // Every response: pages, API routes and files alike.
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
