import type { Payload } from 'payload'

import { touchLastActive } from '@/directory/edit-profile'
import { formatTime } from '@/lib/dates'
import { loginRefusal } from '@/lib/errors'

import { sendVerificationEmail } from './signup'

export type SignInResult = { ok: true; token: string; exp?: number } | { ok: false; error: string; unverified?: boolean }

/**
 * Signs a member in with Payload's own login (and its lockout after repeated failures),
 * turning each refusal into a message that says what to do next.
 */
export async function signIn(payload: Payload, email: string, password: string): Promise<SignInResult> {
  const address = email.trim().toLowerCase()
  if (!address || !password) return { ok: false, error: 'Enter your email address and password.' }
  try {
    const { token, exp, user } = await payload.login({ collection: 'users', data: { email: address, password } })
    if (!token) return { ok: false, error: 'Signing in failed. Please try again.' }
    if (user) await touchLastActive(payload, user)
    return { ok: true, token, exp }
  } catch (error) {
    const refusal = loginRefusal(error)
    if (refusal === 'unconfirmed') {
      return { ok: false, unverified: true, error: 'Please confirm your email address first: follow the link we emailed you.' }
    }
    if (refusal === 'locked') {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true, showHiddenFields: true, limit: 1, depth: 0 })
      const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
      const when = lockUntil ? ` after ${formatTime(lockUntil)} (UTC)` : ' in 15 minutes'
      return { ok: false, error: `Too many wrong passwords: this account is locked for now. Try again${when}, or reset your password.` }
    }
    if (refusal === 'mismatch') return { ok: false, error: 'That email address and password do not match an account.' }
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
