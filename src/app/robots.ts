import type { MetadataRoute } from 'next'

import { siteURL } from '@/lib/site-url'

/**
 * /robots.txt: crawlers may read the public pages; members' pages, forms that act and the
 * admin are not for them (those pages also answer with `noindex` or need a session anyway).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/account', '/dashboard', '/admin', '/api/', '/signin', '/signup', '/verify', '/invites', '/report', '/reset-password', '/forgot-password'],
      },
    ],
    sitemap: `${siteURL()}/sitemap.xml`,
  }
}
