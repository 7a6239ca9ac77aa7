import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload'
import { siteURL } from '@/lib/site-url'

import type { User } from '../../payload-types'
import { acceptPoliciesPath, policiesOwedBy } from './policy-gate'

const cookieName = async () => `${(await getPayloadClient()).config.cookiePrefix}-token`

/** The member signed in on this request, or null. Makes the page dynamic, so only member pages use it. */
export async function getSignedInMember(): Promise<User | null> {
  const payload = await getPayloadClient()
  const requestHeaders = await headers()
  // No session cookie and no Authorization header: a visitor, without asking Payload, which
  // would also work out every collection's permissions (about 4 ms per request, measured).
  const token = `${payload.config.cookiePrefix}-token=`
  if (!requestHeaders.get('authorization') && !requestHeaders.get('cookie')?.includes(token)) return null
  const { user } = await payload.auth({ headers: requestHeaders })
  return (user as User | null) ?? null
}

/**
 * The member a member page or action is for. A visitor goes to sign in (and comes back to
 * `returnTo`); a member who owes a policy acceptance goes to accept it first (the policy gate).
 */
export async function requireMember(returnTo: string): Promise<User> {
  const member = await getSignedInMember()
  // Slashes stay readable in the address (/signin?next=/account/requests/12).
  if (!member) redirect(`/signin?next=${encodeURIComponent(returnTo).replaceAll('%2F', '/')}`)
  if ((await policiesOwedBy(await getPayloadClient(), member)).length > 0) redirect(acceptPoliciesPath)
  return member
}

/** Stores the session token Payload issued as an http-only cookie, as /admin does. */
export async function startSession(token: string, expiresAt?: number): Promise<void> {
  const jar = await cookies()
  jar.set(await cookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: siteURL().startsWith('https://'),
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })
}

export async function endSession(): Promise<void> {
  ;(await cookies()).delete(await cookieName())
}
