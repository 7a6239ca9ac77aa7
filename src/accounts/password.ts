import { APIError, type Payload } from 'payload'

import { minimumPasswordLength } from './signup'

/**
 * Emails a reset link if an account uses this address. The caller always says the same thing,
 * so the form never reveals who has an account.
 */
export async function requestPasswordReset(payload: Payload, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  if (!address) return
  try {
    await payload.forgotPassword({ collection: 'users', data: { email: address } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send a password reset email' })
  }
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
    if (error instanceof APIError && error.status < 500) {
      return { ok: false, error: 'This reset link has expired or was already used. Ask for a new one below.' }
    }
    throw error
  }
}
