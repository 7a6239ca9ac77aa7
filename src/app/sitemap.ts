import type { MetadataRoute } from 'next'

import { siteURL } from '@/lib/site-url'
import { listPublicPages } from '@/site/public-pages'

// Rebuilt at most hourly: new public records appear within the hour, and crawlers never make
// the site query every collection per request.
export const revalidate = 3600

/** /sitemap.xml: the public pages only, as a visitor who is not signed in finds them. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteURL()
  const pages = await listPublicPages()
  return pages.map(({ path, updatedAt }) => ({ url: `${base}${path === '/' ? '' : path}` || base, lastModified: updatedAt }))
}
