import type { CSSProperties, ReactNode } from 'react'

import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'

import { siteURL } from '@/lib/site-url'

export const siteName = 'Pride Career Network'

/**
 * Colours are inline (mail clients drop most stylesheets) and chosen to read on white; the
 * `prefers-color-scheme: dark` block below restyles the few clients that honour it, and the
 * rest invert a simple light design well. No remote images or fonts: many clients block them.
 */
const purple = '#5b2a86'
const ink = '#1c1622'
const muted = '#564f5e'
const line = '#ddd6e3'

const darkStyles = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    .email-body, .email-card { background-color: #17131b !important; }
    .email-card, .email-rule { border-color: #3a3340 !important; }
    .email-text, .email-brand { color: #f1edf5 !important; }
    .email-muted { color: #c4bccc !important; }
    .email-link { color: #d2b3f0 !important; }
    .email-quote { border-color: #9a6cc7 !important; }
  }
`

// The page keeps the client's own background; the card carries the colours (dark mode restyles both).
const body: CSSProperties = { margin: 0, padding: '24px 0' }
const card: CSSProperties = {
  backgroundColor: '#ffffff',
  border: `1px solid ${line}`,
  borderRadius: '8px',
  maxWidth: '560px',
  margin: '0 auto',
  padding: '8px 28px',
}
const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
const text: CSSProperties = { color: ink, fontFamily: font, fontSize: '16px', lineHeight: '24px', margin: '16px 0' }
const small: CSSProperties = { ...text, color: muted, fontSize: '13px', lineHeight: '20px', margin: '8px 0' }
const link: CSSProperties = { color: purple, textDecoration: 'underline', wordBreak: 'break-all' }

export type EmailFooter = {
  /** Why this person got the email, completing "You got this email because …". */
  because: string
  /** Where they change it (their account, pausing requests), when they can. */
  change?: { text: string; path: string }
}

/** The one frame of every email: the site's name, the message, and why it was sent. */
export function EmailLayout({ preview, footer, children }: { preview: string; footer: EmailFooter; children: ReactNode }) {
  const changeURL = footer.change && `${siteURL()}${footer.change.path}`
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style dangerouslySetInnerHTML={{ __html: darkStyles }} />
      </Head>
      <Preview>{preview}</Preview>
      <Body className="email-body" style={body}>
        <Container className="email-card" style={card}>
          <Section>
            <Text className="email-brand" style={{ ...text, color: purple, fontSize: '18px', fontWeight: 700 }}>
              {siteName}
            </Text>
          </Section>
          <Section>{children}</Section>
          <Hr className="email-rule" style={{ borderColor: line, margin: '24px 0 8px' }} />
          <Section>
            <Text className="email-muted" style={small}>
              {`You got this email because ${footer.because}.`}
            </Text>
            {footer.change && changeURL ? (
              <Text className="email-muted" style={small}>
                {`${footer.change.text}: `}
                <Link href={changeURL} className="email-link" style={link}>
                  {changeURL}
                </Link>
              </Text>
            ) : null}
            <Text className="email-muted" style={small}>
              {`${siteName} · `}
              <Link href={siteURL()} className="email-link" style={link}>
                {siteURL()}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

/** A paragraph of the message. Interpolate with template strings, so a sentence stays one text node. */
export function Paragraph({ children, strong }: { children: ReactNode; strong?: boolean }) {
  return (
    <Text className="email-text" style={strong ? { ...text, fontWeight: 700 } : text}>
      {children}
    </Text>
  )
}

export const Greeting = ({ name }: { name?: string | null }) => <Paragraph>{`Hello ${name || 'there'},`}</Paragraph>

/**
 * The email's one action: a button-like link, then the address written out for clients that
 * hide buttons. The plain-text part keeps the button ("Label https://…") and skips the repeat.
 */
export function ActionLink({ href, children }: { href: string; children: string }) {
  return (
    <>
      <Section style={{ margin: '24px 0' }}>
        <Button
          href={href}
          style={{
            backgroundColor: purple,
            borderRadius: '6px',
            color: '#ffffff',
            fontFamily: font,
            fontSize: '16px',
            fontWeight: 600,
            lineHeight: '24px',
            padding: '12px 20px',
            textDecoration: 'none',
          }}
        >
          {children}
        </Button>
      </Section>
      <Text className="email-muted" style={{ ...small, fontSize: '14px' }} data-skip-in-text="true">
        {'Or paste this address into your browser: '}
        <Link href={href} className="email-link" style={link}>
          {href}
        </Link>
      </Text>
    </>
  )
}

/** A link inside a sentence; the plain-text part writes its address after the words. */
export const InlineLink = ({ href, children }: { href: string; children: string }) => (
  <Link href={href} className="email-link" style={link}>
    {children}
  </Link>
)

/** What a member wrote, quoted as they wrote it: blank lines split paragraphs, single newlines stay. */
export function Quote({ text: written }: { text: string }) {
  return (
    <Section className="email-quote" style={{ borderLeft: `4px solid ${purple}`, margin: '16px 0', paddingLeft: '16px' }}>
      <blockquote style={{ margin: 0 }}>
        {written.split(/\n\s*\n/).map((block, index) => (
          <Text key={index} className="email-text" style={{ ...text, margin: '8px 0' }}>
            {block.split('\n').flatMap((row, line) => (line === 0 ? [row] : [<br key={line} />, row]))}
          </Text>
        ))}
      </blockquote>
    </Section>
  )
}

/** A labelled fact ("Category: Harassment"). */
export const Fact = ({ label, children }: { label: string; children: string }) => (
  <Text className="email-text" style={{ ...text, margin: '4px 0' }}>
    <strong>{`${label}: `}</strong>
    {children}
  </Text>
)
