import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { geistSans } from '@/app/fonts'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { applySavedTheme } from '@/components/theme/theme-script'
import { getSiteShell } from '@/queries/site'
import { siteURL } from '@/lib/site-url'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getSiteShell()
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    metadataBase: new URL(siteURL()),
    applicationName: settings.siteName,
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/site.webmanifest',
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const { settings, navigation, footer } = await getSiteShell()
  return (
    // suppressHydrationWarning: the head script may set data-theme before React hydrates.
    <html className={geistSans.variable} lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: applySavedTheme }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader navigation={navigation} settings={settings} />
        <main className="container" id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter footer={footer} settings={settings} />
      </body>
    </html>
  )
}
