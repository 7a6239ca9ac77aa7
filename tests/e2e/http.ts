import { demoAccounts } from '@/seed'

import { baseURL } from './browser'

export const demoAccount = (role: string) => demoAccounts.find((account) => account.roles.includes(role as never))!

const tokens = new Map<string, Promise<string>>()

/** Signs a demo account in through REST once per test file; the JWT for `Authorization: JWT …`. */
export function signInToken(role: string): Promise<string> {
  if (!tokens.has(role)) tokens.set(role, signIn(role))
  return tokens.get(role)!
}

async function signIn(role: string): Promise<string> {
  const { email, password } = demoAccount(role)
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`Signing in as ${email} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** A request to the site with an optional member's token; `path` is sent as written (query included). */
export function call(path: string, { token, ...init }: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  return fetch(`${baseURL()}${path}`, { redirect: 'manual', ...init, headers })
}

export async function totalDocs(slug: string, adminToken: string): Promise<number> {
  const response = await call(`/api/${slug}?limit=1&depth=0`, { token: adminToken })
  if (response.status !== 200) throw new Error(`Counting ${slug} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * Sends a page's form as a browser without JavaScript does: the page's hidden server-action
 * fields and its policy checkboxes, plus `fields`. Redirects are not followed.
 */
export async function submitPageForm(
  pagePath: string,
  fields: Record<string, string>,
  init: { headers?: Record<string, string>; token?: string } = {},
): Promise<Response> {
  const page = await (await call(pagePath, { token: init.token })).text()
  const form = new FormData()
  for (const match of page.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) form.append(match[1], decodeAttribute(match[2] ?? ''))
  for (const match of page.matchAll(/name="(accept-[^"]+)" value="([^"]*)"/g)) form.append(match[1], decodeAttribute(match[2]))
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return call(pagePath.split('?')[0], { method: 'POST', body: form, headers: init.headers, token: init.token })
}
