import { ActionLink, EmailLayout, type EmailFooter, Greeting, Paragraph, siteName } from '@/email/layout'
import { formatDate, formatTime } from '@/lib/dates'
import { siteURL } from '@/lib/site-url'

/*
 * Emails about joining a programme. The confirmation goes to the institution address, which
 * others at the institution may be able to read: it carries no chosen name, no pronouns and
 * nothing about the member beyond the programme's name, and says what to do if it was not them.
 * The other two go to the member's own sign-in address.
 */

type Programme = { name: string; slug: string }

const programmeLink = (program: Programme) => `${siteURL()}/programs/${program.slug}`

const forMember = (program: Programme): EmailFooter => ({
  because: `you joined ${program.name} on the ${siteName}`,
  change: { text: 'Your programmes', path: '/account#programs' },
})

export const confirmInstitutionSubject = (programName: string) => `Confirm your address for ${programName}`

/** To the institution address: the one link that confirms it, valid for 48 hours. */
export function confirmInstitutionMessage({ token, program, expiresAt }: { token: string; program: Programme; expiresAt: string }) {
  const link = `${siteURL()}/programs/confirm?token=${encodeURIComponent(token)}`
  return (
    <EmailLayout
      preview={`Confirm this address to join ${program.name}.`}
      footer={{ because: `this address was given to join ${program.name}, a mentoring programme on the ${siteName}` }}
    >
      <Greeting />
      <Paragraph>{`${program.name} asks its members to confirm an address at the institution. This address was given for that. Please confirm it:`}</Paragraph>
      <ActionLink href={link}>Confirm this address</ActionLink>
      <Paragraph>{`The link works once, until ${formatDate(expiresAt)} at ${formatTime(expiresAt)} (UTC). The address stays private: programme staff and other members never see it.`}</Paragraph>
      <Paragraph>If you did not ask for this, ignore this email: nobody joins with this address unless the link is pressed.</Paragraph>
    </EmailLayout>
  )
}

export const joinedSubject = (programName: string) => `You’re in: ${programName}`

/** To the member: they are in, and where the programme lives. */
export function joinedMessage({ name, program, side }: { name?: string | null; program: Programme; side: 'mentor' | 'mentee' }) {
  const next =
    side === 'mentor'
      ? 'Mentees in the programme can now find you on its page and send you requests. Keep your directory profile up to date, and answer requests promptly.'
      : 'You can now find a mentor among the programme’s members and send them a request.'
  return (
    <EmailLayout preview={`You are a member of ${program.name}.`} footer={forMember(program)}>
      <Greeting name={name} />
      <Paragraph>{`Welcome to ${program.name}. You are now a member as a ${side}.`}</Paragraph>
      <Paragraph>{next}</Paragraph>
      <ActionLink href={programmeLink(program)}>Open the programme</ActionLink>
    </EmailLayout>
  )
}

export const awaitingApprovalSubject = (programName: string) => `${programName}: waiting for approval`

/** To the member: the programme's staff approve each member, and they will hear either way. */
export function awaitingApprovalMessage({ name, program }: { name?: string | null; program: Programme }) {
  return (
    <EmailLayout preview={`Programme staff will look at your place in ${program.name}.`} footer={forMember(program)}>
      <Greeting name={name} />
      <Paragraph>{`Thank you for joining ${program.name}. Its staff approve each member, and yours is now waiting for them.`}</Paragraph>
      <Paragraph>We will email you when they decide. Until then you can read the programme’s page and its agreements.</Paragraph>
      <ActionLink href={programmeLink(program)}>Open the programme</ActionLink>
    </EmailLayout>
  )
}
