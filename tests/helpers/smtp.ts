import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import PostalMime from 'postal-mime'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = { from: string; to: string[]; raw: string; subject: string; text: string }

/**
 * A real SMTP server on a free local port, keeping every message it receives, so tests assert
 * on what a member's inbox would get. With `saveTo`, each message is also written there as JSON
 * (for tests in other processes than the server's).
 */
export async function startMailbox({ saveTo, port: wantedPort = 0 }: { saveTo?: string; port?: number } = {}) {
  const received: ReceivedEmail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = chunks.join('')
        const email: ReceivedEmail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          subject: /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '',
          text: decodeQuotedPrintable(raw),
        }
        received.push(email)
        if (saveTo) fs.writeFileSync(path.join(saveTo, `${Date.now()}-${received.length}.json`), JSON.stringify(email))
        waiters.splice(0).forEach((wake) => wake())
        callback()
      })
    },
  })
  // A client dropping its connection (a server process stopped mid-send, a reset under a burst)
  // is that client's failure, which the outbox retries: the mailbox keeps serving the others.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(wantedPort, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves with the first message to `address`, waiting up to `timeoutMs`. */
    async waitFor(address: string, timeoutMs = 15_000): Promise<ReceivedEmail> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = received.find((email) => email.to.includes(address))
        if (found) return found
        if (Date.now() > deadline) throw new Error(`No email reached ${address} within ${timeoutMs} ms`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 250)
        })
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Waits for a message to `address` (with `subject`, when given) saved by a mailbox started with `saveTo`. */
export async function waitForSavedEmail(directory: string, address: string, timeoutMs = 20_000, subject?: string): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const file of fs.readdirSync(directory).sort()) {
      const email = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as ReceivedEmail
      if (email.to.includes(address) && (subject === undefined || email.subject === subject)) return email
    }
    if (Date.now() > deadline) throw new Error(`No email reached ${address} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * A received message as a mail client reads it: the top-level content type, which parts it
 * has, and the decoded plain-text and HTML parts (postal-mime, a maintained MIME parser).
 */
export async function readEmail(email: ReceivedEmail) {
  const parsed = await PostalMime.parse(email.raw)
  const header = (name: string) => parsed.headers.find((each) => each.key === name)?.value ?? ''
  const partTypes = [...email.raw.matchAll(/^Content-Type:\s*([a-z]+\/[a-z-]+)/gim)].map((match) => match[1].toLowerCase())
  return { contentType: header('content-type').split(';')[0].trim().toLowerCase(), partTypes, text: parsed.text ?? '', html: parsed.html ?? '' }
}
