import { escapeHTML, paragraphs } from './escape'

type Message = { name: string; email: string; topic: string; message: string }

export const contactNoticeSubject = (message: Message, topicLabel: string) => `Contact form: ${topicLabel} from ${message.name}`.slice(0, 200)

/** To the team's address. The sender's address is given so the team can answer. */
export function contactNoticeHTML(message: Message, topicLabel: string): string {
  return [
    `<p><strong>${escapeHTML(message.name)}</strong> (${escapeHTML(message.email)}) wrote about <strong>${escapeHTML(topicLabel)}</strong>:</p>`,
    paragraphs(message.message),
  ].join('\n')
}

export const contactConfirmationSubject = () => 'We received your message'

/** To the sender: what they sent, and what happens next. */
export function contactConfirmationHTML(message: Message, topicLabel: string): string {
  return [
    `<p>Hello ${escapeHTML(message.name)},</p>`,
    `<p>Thank you for writing to us about ${escapeHTML(topicLabel.toLowerCase())}. A person on the team reads every message and answers within a few working days.</p>`,
    '<p>Your message:</p>',
    `<blockquote>${paragraphs(message.message)}</blockquote>`,
    '<p>If you did not send this, you can ignore this email.</p>',
  ].join('\n')
}
