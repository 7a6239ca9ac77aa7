import type { Payload } from 'payload'

import { queueEmail } from '@/email/outbox'
import { resetPasswordHTML, resetPasswordSubject } from '@/email/templates/reset-password'
import { isRefusal } from '@/lib/errors'

import { minimumPasswordLength } from './signup'

/**
 * Emails a reset link if an account uses this address. The caller always says the same thing,
 * so the form never reveals who has an account.
 */
export async function requestPasswordReset(payload: Payload, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  if (!address) return
  // Payload makes the token; the email goes through the outbox, so a mail server hiccup only delays it.
  const token = await payload.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: true })
  if (!token) return
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: address } }, select: { chosenName: true, email: true }, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) return
  await queueEmail(payload, { to: docs[0].email, subject: resetPasswordSubject(), html: resetPasswordHTML({ token, user: docs[0] }), purpose: 'reset-password' })
}

export type ResetResult = { ok: true; token?: string; exp?: number } | { ok: false; error: string; field?: 'password' }

export async function resetPassword(payload: Payload, token: string, password: string): Promise<ResetResult> {
  if (password.length < minimumPasswordLength) {
    return { ok: false, field: 'password', error: `Use at least ${minimumPasswordLength} characters; a short sentence works well.` }
  }
  try {
    const result = await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    return { ok: true, token: result.token }
  } catch (error) {
    if (isRefusal(error)) {
      return { ok: false, error: 'This reset link has expired or was already used. Ask for a new one below.' }
    }
    throw error
  }
}
