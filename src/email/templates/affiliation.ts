import { siteURL } from '@/lib/site-url'

import { escapeHTML } from './escape'

type Invitation = { token: string; kind: 'mentor' | 'connector'; message?: string | null }

export const invitationSubject = (organizationName: string) => `${organizationName} invites you to the Pride Career Network`

/** Sent to the invited address; the link opens the public site, where the person signs in or joins first. */
export function invitationHTML(invitation: Invitation, organizationName: string, inviterName: string): string {
  const link = `${siteURL()}/invites/${encodeURIComponent(invitation.token)}`
  const role = invitation.kind === 'mentor' ? 'a Mentor' : 'a Connector'
  return [
    '<p>Hello,</p>',
    `<p>${escapeHTML(inviterName)} of ${escapeHTML(organizationName)} invites you to join as ${role} and be listed with ${escapeHTML(organizationName)} in the directory of LGBTQ+ mentors.</p>`,
    invitation.message ? `<blockquote>${escapeHTML(invitation.message)}</blockquote>` : '',
    `<p><a href="${link}">See the invitation</a></p>`,
    `<p>Or paste this address into your browser: ${link}</p>`,
    '<p>The invitation expires after 14 days. If you do not want to join, you can ignore this email: nothing is shared until you accept.</p>',
  ]
    .filter(Boolean)
    .join('\n')
}

export const affiliationRequestSubject = (memberName: string) => `${memberName} asked to be listed with your organisation`

export function affiliationRequestHTML(memberName: string, organizationName: string, affiliationId: number | string): string {
  const link = `${siteURL()}/admin/collections/affiliations/${affiliationId}`
  return [
    '<p>Hello,</p>',
    `<p>${escapeHTML(memberName)} asked to appear in the directory as part of ${escapeHTML(organizationName)}.</p>`,
    `<p><a href="${link}">Approve or decline the request</a></p>`,
  ].join('\n')
}

export const affiliationDecisionSubject = (organizationName: string, accepted: boolean) =>
  accepted ? `${organizationName} approved your request` : `About your request to ${organizationName}`

export function affiliationDecisionHTML(memberName: string, organizationName: string, accepted: boolean): string {
  return [
    `<p>Hello ${escapeHTML(memberName)},</p>`,
    accepted
      ? `<p>${escapeHTML(organizationName)} approved your request: your directory profile now shows you as part of ${escapeHTML(organizationName)}.</p>`
      : `<p>${escapeHTML(organizationName)} did not approve your request to be listed with them. Your profile stays as it was.</p>`,
  ].join('\n')
}
