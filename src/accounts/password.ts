import type { Payload } from 'payload'

import { deliverQueuedEmails, queueEmail } from '@/email/outbox'
import { passwordChangedMessage, passwordChangedSubject } from '@/email/templates/email-change'
import { resetPasswordMessage, resetPasswordSubject } from '@/email/templates/reset-password'
import { isRefusal, loginRefusal } from '@/lib/errors'
import { inTransaction } from '@/lib/transaction'
import { newPasswordSchema } from '@/schemas/account'

import type { User } from '../../payload-types'

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
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: address } },
    select: { chosenName: true, email: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (!docs[0]) return
  await queueEmail(payload, {
    to: docs[0].email,
    subject: resetPasswordSubject(),
    content: resetPasswordMessage({ token, user: docs[0] }),
    purpose: 'reset-password',
  })
}

export type ResetResult = { ok: true; token?: string; exp?: number } | { ok: false; error: string; field?: 'password' }

export async function resetPassword(payload: Payload, token: string, password: string): Promise<ResetResult> {
  const checked = newPasswordSchema.safeParse(password)
  if (!checked.success) return { ok: false, field: 'password', error: checked.error.issues[0].message }
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

export type PasswordCheck = 'right' | 'wrong' | 'locked'

/**
 * Checks a signed-in member's current password through Payload's own login, so wrong guesses
 * count towards the same lockout as the sign-in form.
 */
export async function checkCurrentPassword(payload: Payload, member: Pick<User, 'email'>, password: string): Promise<PasswordCheck> {
  if (!password) return 'wrong'
  try {
    await payload.login({ collection: 'users', data: { email: member.email, password } })
    return 'right'
  } catch (error) {
    // Payload's lock, or the shared limit on failed sign-ins (src/limits/sign-in.ts).
    const refusal = loginRefusal(error)
    if (refusal === 'locked' || refusal === 'limited') return 'locked'
    if (isRefusal(error)) return 'wrong'
    throw error
  }
}

export const passwordCheckMessages: Record<Exclude<PasswordCheck, 'right'>, string> = {
  wrong: 'That is not your current password.',
  locked: 'Too many wrong passwords: your account is locked for 15 minutes. Try again later, or reset your password.',
}

/** Set on the update that changePassword makes, which the Users hook lets through. */
export const verifiedPasswordChange = 'passwordChangeVerified'

export type ChangePasswordResult = { ok: true; token?: string; exp?: number } | { ok: false; errors: { currentPassword?: string; password?: string } }

/**
 * A signed-in member changes their password: the current one first, then the new one. Every
 * session is signed out (a fresh one is returned for this browser) and the account's address is
 * told, so a change made by someone else does not go unnoticed.
 */
export async function changePassword(
  payload: Payload,
  member: Pick<User, 'id' | 'email' | 'chosenName'>,
  currentPassword: string,
  password: string,
): Promise<ChangePasswordResult> {
  const checked = newPasswordSchema.safeParse(password)
  if (!checked.success) return { ok: false, errors: { password: checked.error.issues[0].message } }
  if (password.toLowerCase() === member.email.toLowerCase()) return { ok: false, errors: { password: 'Choose a password that is not your email address.' } }
  const check = await checkCurrentPassword(payload, member, currentPassword)
  if (check !== 'right') return { ok: false, errors: { currentPassword: passwordCheckMessages[check] } }
  if (currentPassword === password) return { ok: false, errors: { password: 'Choose a password different from your current one.' } }

  await inTransaction(payload, async (req) => {
    // No user on this update: Payload then ends every session of the account.
    await payload.update({ collection: 'users', id: member.id, data: { password }, overrideAccess: true, context: { [verifiedPasswordChange]: true }, req })
    await queueEmail(
      payload,
      { to: member.email, subject: passwordChangedSubject(), content: passwordChangedMessage({ name: member.chosenName }), purpose: 'password-changed' },
      req,
    )
  })
  void deliverQueuedEmails(payload)
  const { token, exp } = await payload.login({ collection: 'users', data: { email: member.email, password } })
  return { ok: true, token, exp }
}
