import { formatDate, formatTime } from '@/lib/dates'
import { siteURL } from '@/lib/site-url'

import { escapeHTML } from './escape'

const hello = (name?: string | null) => `<p>Hello ${name ? escapeHTML(name) : 'there'},</p>`

export const confirmNewEmailSubject = () => 'Confirm your new email address'

/** To the new address: nothing changes until this link is followed. */
export function confirmNewEmailHTML({ token, name }: { token: string; name?: string | null }): string {
  const link = `${siteURL()}/account/email/confirm?token=${encodeURIComponent(token)}`
  return [
    hello(name),
    '<p>You asked to use this address for your Pride Career Network account. Please confirm it within 24 hours:</p>',
    `<p><a href="${link}">Confirm my new email address</a></p>`,
    `<p>Or paste this address into your browser: ${link}</p>`,
    '<p>Until you confirm, you keep signing in with your current address. If you did not ask for this, ignore this email: nothing changes.</p>',
  ].join('\n')
}

export const emailChangeNoticeSubject = () => 'Your email address is about to change'

/** To the old address: the change, and the one link that cancels it (or, once confirmed, puts this address back). */
export function emailChangeNoticeHTML({
  token,
  name,
  newEmail,
  undoUntil,
}: {
  token: string
  name?: string | null
  newEmail: string
  undoUntil: string
}): string {
  const link = `${siteURL()}/account/email/undo?token=${encodeURIComponent(token)}`
  return [
    hello(name),
    `<p>Someone signed in to your account asked to change its email address to <strong>${escapeHTML(newEmail)}</strong>. The change happens once that address is confirmed; until then you keep signing in with this one.</p>`,
    '<p>If this was you, there is nothing to do.</p>',
    '<p>If it was not you, follow this link. It cancels the change, or, if the new address was already confirmed, puts this address back, signs every session out and sends you a link to choose a new password:</p>',
    `<p><a href="${link}">This was not me: undo the change</a></p>`,
    `<p>Or paste this address into your browser: ${link}</p>`,
    `<p>The link works until ${formatDate(undoUntil)} ${formatTime(undoUntil)} (UTC).</p>`,
  ].join('\n')
}

export const passwordChangedSubject = () => 'Your password was changed'

/** After a password change from /account/password, so a change nobody expected does not go unnoticed. */
export function passwordChangedHTML({ name }: { name?: string | null }): string {
  const link = `${siteURL()}/forgot-password`
  return [
    hello(name),
    '<p>The password of your Pride Career Network account was just changed, and every other session was signed out.</p>',
    '<p>If this was you, there is nothing to do.</p>',
    `<p>If it was not you, <a href="${link}">choose a new password here</a> straight away, and tell us through the contact form.</p>`,
  ].join('\n')
}
