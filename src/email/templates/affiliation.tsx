import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

type Invitation = { token: string; kind: 'mentor' | 'connector'; message?: string | null }

const forRepresentatives = (organizationName: string) => ({
  because: `you represent ${organizationName} on the ${siteName}`,
  change: { text: 'Your organisation’s settings', path: '/account#organisation' },
})

export const invitationSubject = (organizationName: string) => `${organizationName} invites you to the ${siteName}`

/** Sent to the invited address; the link opens the public site, where the person signs in or joins first. */
export function invitationMessage(invitation: Invitation, organizationName: string, inviterName: string) {
  const link = `${siteURL()}/invites/${encodeURIComponent(invitation.token)}`
  const role = invitation.kind === 'mentor' ? 'a Mentor' : 'a Connector'
  return (
    <EmailLayout
      preview={`${inviterName} of ${organizationName} invites you to join as ${role}.`}
      footer={{ because: `${inviterName} of ${organizationName} entered this address to invite you; no account was made for you` }}
    >
      <Paragraph>Hello,</Paragraph>
      <Paragraph>
        {`${inviterName} of ${organizationName} invites you to join as ${role} and be listed with ${organizationName} in the directory of LGBTQ+ mentors.`}
      </Paragraph>
      {invitation.message ? <Quote text={invitation.message} /> : null}
      <ActionLink href={link}>See the invitation</ActionLink>
      <Paragraph>The invitation expires after 14 days. If you do not want to join, you can ignore this email: nothing is shared until you accept.</Paragraph>
    </EmailLayout>
  )
}

export const affiliationRequestSubject = (memberName: string) => `${memberName} asked to be listed with your organisation`

export function affiliationRequestMessage(memberName: string, organizationName: string, affiliationId: number | string) {
  const link = `${siteURL()}/admin/collections/affiliations/${affiliationId}`
  const sentence = `${memberName} asked to appear in the directory as part of ${organizationName}.`
  return (
    <EmailLayout preview={sentence} footer={forRepresentatives(organizationName)}>
      <Paragraph>Hello,</Paragraph>
      <Paragraph>{sentence}</Paragraph>
      <ActionLink href={link}>Approve or decline the request</ActionLink>
    </EmailLayout>
  )
}

export const affiliationDecisionSubject = (organizationName: string, accepted: boolean) =>
  accepted ? `${organizationName} approved your request` : `About your request to ${organizationName}`

export function affiliationDecisionMessage(memberName: string, organizationName: string, accepted: boolean) {
  const sentence = accepted
    ? `${organizationName} approved your request: your directory profile now shows you as part of ${organizationName}.`
    : `${organizationName} did not approve your request to be listed with them. Your profile stays as it was.`
  return (
    <EmailLayout
      preview={sentence}
      footer={{ because: `you asked to be listed with ${organizationName} on the ${siteName}`, change: { text: 'Your profile', path: '/account/profile' } }}
    >
      <Greeting name={memberName} />
      <Paragraph>{sentence}</Paragraph>
    </EmailLayout>
  )
}
