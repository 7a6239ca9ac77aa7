import Link from 'next/link'

import type { Navigation, SiteSetting } from '../../payload-types'

export function SiteHeader({ settings, navigation }: { settings: SiteSetting; navigation: Navigation }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="site-header__brand" href="/">
          {settings.siteName}
        </Link>
        {navigation.links && navigation.links.length > 0 && (
          <nav aria-label="Main">
            <ul className="site-nav">
              {navigation.links.map((link) => (
                <li key={link.id ?? link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  )
}
