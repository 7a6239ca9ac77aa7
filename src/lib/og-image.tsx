import { ImageResponse } from 'next/og'

import { initialsOf } from '@/components/initials'

/*
 * The Open Graph pictures of profiles, events, jobs and organisations: 1200 × 630 PNG, drawn from
 * public fields only (what a signed-out visitor reads on the page) with ImageResponse's built-in
 * font, nothing fetched. No photo or logo is drawn: a shared link's picture stays in other sites'
 * caches long after a member leaves the directory. Colours are the light theme's tokens
 * (src/app/(frontend)/styles.css); CSS variables do not reach this renderer.
 */

export const ogSize = { width: 1200, height: 630 }
export const ogContentType = 'image/png'

const theme = { background: '#ffffff', foreground: '#1d1b26', muted: '#595466', primary: '#5b2a86', onPrimary: '#ffffff', secondary: '#f1ecf7' }

const siteName = 'Pride Career Network'

export type SocialCard = {
  /** What the page is: "Mentor", "Event", "Job", "Company"… */
  kind: string
  title: string
  /** Up to three short lines under the title (a headline, dates, an organisation). */
  lines?: (string | null | undefined)[]
  /** Initials drawn in a circle (people) or a rounded square (organisations); none for events and jobs. */
  badge?: { name: string; shape: 'circle' | 'square' }
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text)

/**
 * Short-lived in caches: a profile that is hidden or removed gets the generic picture at the
 * next request (ImageResponse would otherwise say "immutable, a year").
 */
const headers = { 'Cache-Control': 'public, max-age=300' }

export function socialCard({ kind, title, lines = [], badge }: SocialCard): ImageResponse {
  const shown = lines.filter((line): line is string => Boolean(line)).slice(0, 3)
  return new ImageResponse(
    <div
      style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: theme.background, color: theme.foreground, padding: 72 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, color: theme.primary, fontWeight: 700 }}>
        <div style={{ width: 28, height: 28, borderRadius: 6, background: theme.primary, marginRight: 16 }} />
        {siteName}
      </div>
      <div style={{ display: 'flex', flex: 1, alignItems: 'center', marginTop: 32 }}>
        {badge && (
          <div
            style={{
              width: 200,
              height: 200,
              borderRadius: badge.shape === 'circle' ? 100 : 32,
              background: theme.secondary,
              color: theme.primary,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 84,
              fontWeight: 700,
              marginRight: 56,
              flexShrink: 0,
            }}
          >
            {initialsOf(badge.name)}
          </div>
        )}
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
          <div style={{ fontSize: 30, color: theme.muted, textTransform: 'uppercase', letterSpacing: 2 }}>{kind}</div>
          <div style={{ fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1, marginTop: 12 }}>{clip(title, 90)}</div>
          {shown.map((line) => (
            <div key={line} style={{ fontSize: 34, color: theme.muted, marginTop: 18 }}>
              {clip(line, 80)}
            </div>
          ))}
        </div>
      </div>
      <div style={{ height: 12, background: theme.primary, borderRadius: 6 }} />
    </div>,
    { ...ogSize, headers },
  )
}

/** For a page that does not exist or that a visitor may not see: the site's own picture, never a 500. */
export const genericSocialCard = () =>
  socialCard({ kind: 'Mentors, connectors and inclusive employers', title: siteName, lines: ['For LGBTQ+ students and the people who support them'] })
