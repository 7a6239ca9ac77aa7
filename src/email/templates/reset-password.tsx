import { ActionLink, EmailLayout, Greeting, Paragraph, siteName } from '@/email/layout'
import { renderEmail } from '@/email/render'
import { siteURL } from '@/lib/site-url'

type Args = { token?: string; user?: { chosenName?: string | null } }

export const resetPasswordSubject = () => 'Reset your password'

/** Staff and members alike reset on the public site, then sign in where they work. */
export function resetPasswordMessage({ token, user }: Args = {}) {
  const link = `${siteURL()}/reset-password?token=${encodeURIComponent(token ?? '')}`
  return (
    <EmailLayout
      preview="A link to choose a new password, valid for an hour."
      footer={{ because: `someone asked to reset the password of the ${siteName} account that uses this address` }}
    >
      <Greeting name={user?.chosenName} />
      <Paragraph>Someone asked to reset the password for your account. To choose a new one, follow this link within the next hour:</Paragraph>
      <ActionLink href={link}>Choose a new password</ActionLink>
      <Paragraph>If it was not you, ignore this email: your password stays as it is.</Paragraph>
    </EmailLayout>
  )
}

/** For Payload's own reset emails (`auth.forgotPassword`, e.g. from /admin); the adapter adds the text part. */
export const resetPasswordHTML = async (args: Args = {}) => (await renderEmail(resetPasswordMessage(args))).html
