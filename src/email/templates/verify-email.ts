import { siteURL } from '@/lib/site-url'

import { escapeHTML } from './escape'

type Args = { token: string; user: { chosenName?: string | null } }

export const verifyEmailSubject = () => 'Confirm your email address'

/** The link goes to the public site's /verify page, which confirms the address on a click. */
export function verifyEmailHTML({ token, user }: Args): string {
  const link = `${siteURL()}/verify?token=${encodeURIComponent(token)}`
  const name = user.chosenName ? escapeHTML(user.chosenName) : 'there'
  return [
    `<p>Hello ${name},</p>`,
    '<p>Thank you for joining. Please confirm that this is your email address:</p>',
    `<p><a href="${link}">Confirm my email address</a></p>`,
    `<p>Or paste this address into your browser: ${link}</p>`,
    '<p>If you did not sign up, you can ignore this email: no account is used until the address is confirmed.</p>',
  ].join('\n')
}
