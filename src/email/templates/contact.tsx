import { EmailLayout, Paragraph, Quote, siteName } from '@/email/layout'

type Message = { name: string; email: string; topic: string; message: string }

export const contactNoticeSubject = (message: Message, topicLabel: string) => `Contact form: ${topicLabel} from ${message.name}`.slice(0, 200)

/** To the team's address. The sender's address is given so the team can answer. */
export function contactNoticeMessage(message: Message, topicLabel: string) {
  return (
    <EmailLayout
      preview={`${message.name} wrote about ${topicLabel}.`}
      footer={{
        because: `this address receives the messages of the ${siteName}'s contact form`,
        change: { text: 'Change where they go in the site settings', path: '/admin/globals/site-settings' },
      }}
    >
      <Paragraph>
        <strong>{message.name}</strong>
        {` (${message.email}) wrote about `}
        <strong>{topicLabel}</strong>:
      </Paragraph>
      <Quote text={message.message} />
    </EmailLayout>
  )
}

export const contactConfirmationSubject = () => 'We received your message'

/** To the sender: what they sent, and what happens next. */
export function contactConfirmationMessage(message: Message, topicLabel: string) {
  return (
    <EmailLayout
      preview="A person on the team reads every message and answers within a few working days."
      footer={{ because: `this address was entered in the ${siteName}'s contact form` }}
    >
      <Paragraph>{`Hello ${message.name},`}</Paragraph>
      <Paragraph>
        {`Thank you for writing to us about ${topicLabel.toLowerCase()}. A person on the team reads every message and answers within a few working days.`}
      </Paragraph>
      <Paragraph>Your message:</Paragraph>
      <Quote text={message.message} />
      <Paragraph>If you did not send this, you can ignore this email.</Paragraph>
    </EmailLayout>
  )
}
