import Link from 'next/link'

import type { Navigation, SiteSetting } from '../../payload-types'
import { HeaderActions } from './shell/HeaderActions'
import { MainNav } from './shell/MainNav'
import type { NavLink } from './shell/nav'

/** The member area offers these itself, as "Sign in" and "Join" or the member's own menu. */
const memberAreaPaths = new Set(['/signin', '/signup'])

/**
 * The site's header: the same static markup for everyone (the layout reads no cookies); who is
 * signed in is asked by the browser (HeaderActions), so cached pages stay cached.
 */
export function SiteHeader({ settings, navigation }: { settings: SiteSetting; navigation: Navigation }) {
  const links: NavLink[] = (navigation.links ?? []).filter((link) => !memberAreaPaths.has(link.href)).map((link) => ({ label: link.label, href: link.href }))
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="container flex h-16 items-center gap-4 lg:gap-6">
        <Link prefetch={false} className="shrink-0 text-lg font-bold tracking-tight text-primary no-underline hover:text-primary" href="/">
          {settings.siteName}
        </Link>
        <MainNav links={links} />
        <HeaderActions links={links} />
      </div>
    </header>
  )
}
