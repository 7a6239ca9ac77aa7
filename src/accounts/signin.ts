import type { Payload } from 'payload'

import { touchLastActive } from '@/directory/edit-profile'
import { loginRefusal } from '@/lib/errors'

import { sendVerificationEmail } from './signup'

export type SignInResult = { ok: true; token: string; exp?: number } | { ok: false; error: string; unverified?: boolean }

/**
 * Signs a member in with Payload's own login, turning each refusal into a message that says what
 * to do next. Failures count against the email address and the connection, for addresses with
 * and without an account alike (src/limits/sign-in.ts, through the users collection's hooks).
 */
export async function signIn(payload: Payload, email: string, password: string, from: { address: string } = { address: 'unknown' }): Promise<SignInResult> {
  const address = email.trim().toLowerCase()
  if (!address || !password) return { ok: false, error: 'Enter your email address and password.' }
  try {
    const { token, exp, user } = await payload.login({ collection: 'users', data: { email: address, password }, context: { clientAddress: from.address } })
    if (!token) return { ok: false, error: 'Signing in failed. Please try again.' }
    if (user) await touchLastActive(payload, user)
    return { ok: true, token, exp }
  } catch (error) {
    const refusal = loginRefusal(error)
    if (refusal === 'limited') return { ok: false, error: (error as Error).message }
    if (refusal === 'unconfirmed') {
      return {
        ok: false,
        unverified: true,
        error:
          'Your email address is not confirmed yet. Open the link in the email we sent when you joined and press “Confirm my email address”. Can’t find it? Send yourself a new link below.',
      }
    }
    // Payload's own lock (refusal 'locked') only happens to existing accounts: it answers as a
    // wrong password does, so that nothing tells which addresses have one (src/limits/payload-lock.ts).
    if (refusal === 'locked' || refusal === 'mismatch') return { ok: false, error: 'That email address and password do not match an account.' }
    throw error
  }
}

/** Sends a fresh confirmation link if an unconfirmed account uses this address; says nothing either way. */
export async function resendConfirmation(payload: Payload, email: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ email: { equals: email.trim().toLowerCase() } }, { _verified: { not_equals: true } }] },
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  if (docs[0]) await sendVerificationEmail(payload, docs[0].id)
}
