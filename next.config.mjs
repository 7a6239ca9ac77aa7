import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/server/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  generateEtags: false,
  // Résumés (5 MB at most) are uploaded through a server action; the margin covers the form's other fields.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
