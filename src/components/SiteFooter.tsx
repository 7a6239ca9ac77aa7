import Link from 'next/link'

import type { Footer, SiteSetting } from '../../payload-types'

export function SiteFooter({ settings, footer }: { settings: SiteSetting; footer: Footer }) {
  return (
    <footer className="site-footer">
      <div className="container">
        {footer.links && footer.links.length > 0 && (
          <nav aria-label="Footer">
            <ul className="footer-nav">
              {footer.links.map((link) => (
                <li key={link.id ?? link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {footer.note && <p>{footer.note}</p>}
        <p>
          <Link href="/contact">Contact us</Link> · <Link href="/report">Report a conduct concern</Link>
        </p>
        {settings.contactEmail && (
          <p>
            Questions? Write to <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
          </p>
        )}
      </div>
    </footer>
  )
}
