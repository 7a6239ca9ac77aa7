import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { plainTextOf } from './render'

const defaultFrom = 'Pride Career Network <no-reply@localhost>'

function parseFrom(value: string): { address: string; name: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1] || match[2], address: match[2] } : { name: value, address: value }
}

/**
 * SMTP when SMTP_URL is set (smtp://user:pass@host:587 or smtps://…); otherwise every email is
 * written to the log so development never needs a mail server. Either way every message has a
 * plain-text part.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | Promise<EmailAdapter> {
  const from = parseFrom(env.EMAIL_FROM?.trim() || defaultFrom)
  if (env.SMTP_URL) {
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      skipVerify: true,
      transport: nodemailer.createTransport(env.SMTP_URL),
    }).then(withTextPart)
  }
  return logEmailAdapter(from)
}

/**
 * The outbox stores both parts; Payload's own auth emails (a reset asked for from /admin) come
 * with HTML only, rendered from the same components, so their text part is derived from it here.
 */
const withText = (message: SendEmailOptions): SendEmailOptions =>
  message.text || typeof message.html !== 'string' ? message : { ...message, text: plainTextOf(message.html) }

function withTextPart(adapter: EmailAdapter): EmailAdapter {
  return (args) => {
    const instance = adapter(args)
    return { ...instance, sendEmail: (message) => instance.sendEmail(withText(message)) }
  }
}

const addressesOf = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .filter((each) => each !== undefined)
    .map((each) => (typeof each === 'string' ? each : each.address))
    .join(', ')

/** Prints what would have been sent, the plain text with its links, so a developer can follow them. */
function logEmailAdapter(from: { address: string; name: string }): EmailAdapter {
  return ({ payload }) => ({
    name: 'log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const { to, subject, text } = withText(message)
      payload.logger.info({ to, subject }, `Email not sent (SMTP_URL is unset)\nTo: ${addressesOf(to)}\nSubject: ${subject}\n\n${String(text ?? '')}\n`)
      return { logged: true }
    },
  })
}
