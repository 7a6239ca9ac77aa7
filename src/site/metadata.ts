import type { Metadata } from 'next'

import { siteURL } from '@/lib/site-url'

type PageMetadata = {
  /** The page's own title; the layout adds " · <site name>" unless `absoluteTitle`. */
  title: string
  absoluteTitle?: boolean
  /** One or two sentences for search results and link previews. */
  description: string
  /** The page's address on this site ("/events/career-fair"), without a query. */
  path: string
  /** Members' own pages: kept out of search engines (and out of the sitemap, src/site/public-pages.ts). */
  noindex?: boolean
  /** What a link preview calls the page. */
  kind?: 'website' | 'article' | 'profile'
}

/**
 * A page's title, description, canonical address and link-preview basics, in one shape for
 * every page. The canonical address is absolute (SERVER_URL), so a filtered or paginated list,
 * or the same page behind another host name, points search engines at the one address. Preview
 * images come from the pages' `opengraph-image` files where there are any, never from here.
 */
export function pageMetadata({ title, absoluteTitle, description, path, noindex, kind = 'website' }: PageMetadata): Metadata {
  const url = `${siteURL()}${path}`
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: kind, locale: 'en_GB' },
    twitter: { card: 'summary_large_image', title, description },
    ...(noindex ? { robots: { index: false } } : {}),
  }
}

/** A member's own page (their account, requests, résumé): described, and never indexed. */
export const memberPageMetadata = (page: Omit<PageMetadata, 'noindex' | 'kind'>): Metadata => pageMetadata({ ...page, noindex: true })
