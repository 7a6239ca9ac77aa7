import { siteURL } from '@/lib/site-url'

import { escapeHTML } from './escape'

type Args = { token?: string; user?: { chosenName?: string | null } }

export const resetPasswordSubject = () => 'Reset your password'

/** Staff and members alike reset on the public site, then sign in where they work. */
export function resetPasswordHTML({ token, user }: Args = {}): string {
  const link = `${siteURL()}/reset-password?token=${encodeURIComponent(token ?? '')}`
  const name = user?.chosenName ? escapeHTML(user.chosenName) : 'there'
  return [
    `<p>Hello ${name},</p>`,
    '<p>Someone asked to reset the password for your account. To choose a new one, follow this link within the next hour:</p>',
    `<p><a href="${link}">Choose a new password</a></p>`,
    `<p>Or paste this address into your browser: ${link}</p>`,
    '<p>If it was not you, ignore this email: your password stays as it is.</p>',
  ].join('\n')
}
