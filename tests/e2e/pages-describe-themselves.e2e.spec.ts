import { describe, expect, it } from 'vitest'

import { baseURL } from './browser'
import { call, signInToken } from './http'

/*
 * Search engines and link previews read each page's head: a description, one canonical address
 * (absolute, so a filtered list or another host name points at the one page) and, on members'
 * own pages, "noindex". Members' pages are never in the sitemap.
 */

/** Public pages the sitemap leaves out, which still describe themselves. */
const publicPagesBeyondTheSitemap = ['/signin', '/signup', '/forgot-password', '/report', '/policies/code-of-conduct/versions']

const accountPages = ['/account', '/account/requests', '/account/resume', '/account/email', '/account/password', '/account/blocked', '/dashboard']

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/** The head tags of `html` that search engines read. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'))
  const tags = (pattern: RegExp) => [...head.matchAll(pattern)].map((match) => match[0])
  return {
    canonicals: tags(/<link[^>]*\srel="canonical"[^>]*>/g).map((tag) => attribute(tag, 'href')),
    descriptions: tags(/<meta[^>]*\sname="description"[^>]*>/g).map((tag) => attribute(tag, 'content')),
    robots: tags(/<meta[^>]*\sname="robots"[^>]*>/g).map((tag) => attribute(tag, 'content')),
    ogURL: tags(/<meta[^>]*\sproperty="og:url"[^>]*>/g).map((tag) => attribute(tag, 'content')),
  }
}

async function sitemapPaths(): Promise<string[]> {
  const xml = await fetch(`${baseURL()}/sitemap.xml`).then((response) => response.text())
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

describe('every page describes itself to search engines and link previews', () => {
  it('gives every public page one absolute canonical address, its own, and a description', async () => {
    const sitemap = await sitemapPaths()
    // Records as well as lists: a sitemap of list pages alone would make this pass too easily.
    expect(sitemap.filter((path) => path.startsWith('/mentors/')).length).toBeGreaterThan(0)
    expect(sitemap.filter((path) => path.startsWith('/events/')).length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const path of [...sitemap, ...publicPagesBeyondTheSitemap]) {
      const response = await fetch(`${baseURL()}${path}`)
      const head = headOf(await response.text())
      const own = `${baseURL()}${path === '/' ? '/' : path}`
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`)
      if (head.canonicals.length !== 1 || head.canonicals[0]?.replace(/\/$/, '') !== own.replace(/\/$/, ''))
        problems.push(`${path}: canonical ${JSON.stringify(head.canonicals)}`)
      if (head.descriptions.length !== 1 || !head.descriptions[0]?.trim()) problems.push(`${path}: description ${JSON.stringify(head.descriptions)}`)
      if (head.robots.some((value) => value?.includes('noindex'))) problems.push(`${path}: noindex on a public page`)
      if (head.ogURL[0] !== head.canonicals[0]) problems.push(`${path}: og:url ${JSON.stringify(head.ogURL)}`)
    }
    expect(problems).toEqual([])
  })

  it('points a filtered list at the unfiltered one', async () => {
    const head = headOf(await (await fetch(`${baseURL()}/events?format=online`)).text())
    expect(head.canonicals).toEqual([`${baseURL()}/events`])
  })

  it('keeps members’ own pages out of search engines and out of the sitemap', async () => {
    const sitemap = await sitemapPaths()
    const token = await signInToken('career-candidate')
    const problems: string[] = []
    for (const path of accountPages) {
      expect(sitemap).not.toContain(path)
      const response = await call(path, { token, redirect: 'follow' })
      const head = headOf(await response.text())
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`)
      if (!head.robots.some((value) => value?.includes('noindex'))) problems.push(`${path}: robots ${JSON.stringify(head.robots)}`)
      if (head.descriptions.length !== 1 || !head.descriptions[0]?.trim()) problems.push(`${path}: description ${JSON.stringify(head.descriptions)}`)
    }
    expect(problems).toEqual([])
    expect(sitemap.some((path) => path.startsWith('/account') || path.startsWith('/dashboard'))).toBe(false)
  })
})
