import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

const defaultFrom = 'Pride Career Network <no-reply@localhost>'

function parseFrom(value: string): { address: string; name: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1] || match[2], address: match[2] } : { name: value, address: value }
}

/**
 * SMTP when SMTP_URL is set (smtp://user:pass@host:587 or smtps://…); otherwise every email is
 * written to the log so development never needs a mail server.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env) {
  const from = parseFrom(env.EMAIL_FROM?.trim() || defaultFrom)
  if (env.SMTP_URL) {
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      skipVerify: true,
      transport: nodemailer.createTransport(env.SMTP_URL),
    })
  }
  return logEmailAdapter(from)
}

function logEmailAdapter(from: { address: string; name: string }): EmailAdapter {
  return ({ payload }) => ({
    name: 'log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      payload.logger.info({ msg: 'Email not sent (SMTP_URL is unset)', to: message.to, subject: message.subject, text: message.text })
      return { logged: true }
    },
  })
}
