import { ActionLink, EmailLayout, Greeting, Paragraph, siteName } from '@/email/layout'
import { renderEmail } from '@/email/render'
import { siteURL } from '@/lib/site-url'

type Args = { token: string; user: { chosenName?: string | null } }

export const verifyEmailSubject = () => 'Confirm your email address'

/** The link goes to the public site's /verify page, which confirms the address on a click. */
export function verifyEmailMessage({ token, user }: Args) {
  const link = `${siteURL()}/verify?token=${encodeURIComponent(token)}`
  return (
    <EmailLayout preview="Confirm your email address to finish joining." footer={{ because: `this address was used to join the ${siteName}` }}>
      <Greeting name={user.chosenName} />
      <Paragraph>Thank you for joining. Please confirm that this is your email address:</Paragraph>
      <ActionLink href={link}>Confirm my email address</ActionLink>
      <Paragraph>If you did not sign up, you can ignore this email: no account is used until the address is confirmed.</Paragraph>
    </EmailLayout>
  )
}

/** For Payload's own sending of the confirmation (`auth.verify`); the adapter adds the text part. */
export const verifyEmailHTML = async (args: Args) => (await renderEmail(verifyEmailMessage(args))).html
