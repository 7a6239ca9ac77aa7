import { NextResponse, type NextRequest } from 'next/server'

import { filteredListParameters, filteredPrefix } from '@/server/filtered-lists.mjs'

/**
 * Refuses, before any route runs, requests no page or API could answer sensibly: an address that
 * does not decode (`/%C3%28`) or hides a null character (`/api/media/file/x%00.png`), and a form
 * post to a page from another site. Without this they reach Next's router, Payload's file route
 * or Next's server-action check, each of which answers them with a 500.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname
  const decoded = decodedPath(path)
  if (decoded === undefined) {
    return refuse(request, 400, 'This address is not valid: part of it is wrongly encoded. Check the link, or start again from the home page.')
  }
  if (decoded.includes('\u0000')) {
    return refuse(request, 400, 'This address is not valid: it contains a null character. Check the link, or start again from the home page.')
  }
  // Next refuses a cross-site server action only after routing, as a 500. Payload's API keeps its
  // own CSRF rules for cookie sign-ins, so only pages (where every form is a server action) are checked.
  if (request.method === 'POST' && !isAPI(path) && !isSameSite(request)) {
    return refuse(request, 403, 'This form can only be sent from this site. Open the page here and send it again.')
  }
  return redirectFilteredRoute(request, path) ?? NextResponse.next()
}

export const config = {
  // Every request but Next's own build assets, which never carry visitor input.
  matcher: ['/((?!_next/static|_next/image).*)'],
}

const isAPI = (path: string) => path === '/api' || path.startsWith('/api/')

const filteredLists = new Set(Object.keys(filteredListParameters))

/** /filtered/events is how the site renders /events?… (src/server/filtered-lists.mjs), not a second address for it. */
function redirectFilteredRoute(request: NextRequest, path: string): NextResponse | undefined {
  const list = path.startsWith(`${filteredPrefix}/`) ? path.slice(filteredPrefix.length) : undefined
  if (!list || !filteredLists.has(list)) return undefined
  const url = request.nextUrl.clone()
  url.pathname = list
  return NextResponse.redirect(url, 308)
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}

/**
 * Whether the request's Origin, when it sends one, is this site, as Next's own server-action
 * check reads it (the forwarded host or the Host header). A request without an Origin is not a
 * browser's cross-site form and carries no credentials it was not given.
 */
function isSameSite(request: NextRequest): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return true
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return false
  }
  const forwardedHost = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return originHost === forwardedHost || originHost === request.headers.get('host')
}

function refuse(request: NextRequest, status: 400 | 403, message: string): Response {
  const headers = { 'Cache-Control': 'no-store' }
  if (isAPI(request.nextUrl.pathname) || !request.headers.get('accept')?.includes('text/html')) {
    return NextResponse.json({ errors: [{ message }] }, { status, headers })
  }
  const title = status === 403 ? 'Not sent' : 'Address not valid'
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Pride Career Network</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1d1b2e}a{color:#5b2a86}</style></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Go to the home page</a></p></main></body></html>`
  return new NextResponse(html, { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}
