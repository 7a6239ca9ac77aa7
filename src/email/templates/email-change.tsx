import { ActionLink, EmailLayout, type EmailFooter, Greeting, InlineLink, Paragraph, siteName } from '@/email/layout'
import { formatDate, formatTime } from '@/lib/dates'
import { siteURL } from '@/lib/site-url'

/** Security emails are sent whatever a member's settings, so the footer says so. */
const aboutYourAccount: EmailFooter = {
  because: `it is about the security of your ${siteName} account, and such emails are always sent`,
  change: { text: 'Your sign-in and safety settings', path: '/account#sign-in-and-safety' },
}

export const confirmNewEmailSubject = () => 'Confirm your new email address'

/** To the new address: nothing changes until this link is followed. */
export function confirmNewEmailMessage({ token, name }: { token: string; name?: string | null }) {
  const link = `${siteURL()}/account/email/confirm?token=${encodeURIComponent(token)}`
  return (
    <EmailLayout
      preview="Confirm this address within 24 hours to start using it."
      footer={{ because: `someone asked to use this address for a ${siteName} account` }}
    >
      <Greeting name={name} />
      <Paragraph>{`You asked to use this address for your ${siteName} account. Please confirm it within 24 hours:`}</Paragraph>
      <ActionLink href={link}>Confirm my new email address</ActionLink>
      <Paragraph>Until you confirm, you keep signing in with your current address. If you did not ask for this, ignore this email: nothing changes.</Paragraph>
    </EmailLayout>
  )
}

export const emailChangeNoticeSubject = () => 'Your email address is about to change'

/** To the old address: the change, and the one link that cancels it (or, once confirmed, puts this address back). */
export function emailChangeNoticeMessage({ token, name, newEmail, undoUntil }: { token: string; name?: string | null; newEmail: string; undoUntil: string }) {
  const link = `${siteURL()}/account/email/undo?token=${encodeURIComponent(token)}`
  return (
    <EmailLayout preview={`Your account’s email address is changing to ${newEmail}.`} footer={aboutYourAccount}>
      <Greeting name={name} />
      <Paragraph>
        {'Someone signed in to your account asked to change its email address to '}
        <strong>{newEmail}</strong>
        {'. The change happens once that address is confirmed; until then you keep signing in with this one.'}
      </Paragraph>
      <Paragraph>If this was you, there is nothing to do.</Paragraph>
      <Paragraph>
        If it was not you, follow this link. It cancels the change, or, if the new address was already confirmed, puts this address back, signs every session
        out and sends you a link to choose a new password:
      </Paragraph>
      <ActionLink href={link}>This was not me: undo the change</ActionLink>
      <Paragraph>{`The link works until ${formatDate(undoUntil)} ${formatTime(undoUntil)} (UTC).`}</Paragraph>
    </EmailLayout>
  )
}

export const passwordChangedSubject = () => 'Your password was changed'

/** After a password change from /account/password, so a change nobody expected does not go unnoticed. */
export function passwordChangedMessage({ name }: { name?: string | null }) {
  const link = `${siteURL()}/forgot-password`
  return (
    <EmailLayout preview="Every other session was signed out." footer={aboutYourAccount}>
      <Greeting name={name} />
      <Paragraph>{`The password of your ${siteName} account was just changed, and every other session was signed out.`}</Paragraph>
      <Paragraph>If this was you, there is nothing to do.</Paragraph>
      <Paragraph>
        {'If it was not you, '}
        <InlineLink href={link}>choose a new password here</InlineLink>
        {' straight away, and tell us through the contact form.'}
      </Paragraph>
    </EmailLayout>
  )
}
