import Link from 'next/link'

import { ThemeSwitch } from '@/components/theme/ThemeSwitch'

import type { Footer, SiteSetting } from '../../payload-types'

const linkClasses = 'text-foreground no-underline underline-offset-4 hover:text-primary hover:underline'

export function SiteFooter({ settings, footer }: { settings: SiteSetting; footer: Footer }) {
  return (
    <footer className="site-footer mt-12 border-t border-border bg-muted py-10 text-sm text-muted-foreground">
      <div className="container flex flex-col gap-8">
        <div className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex max-w-md flex-col gap-2">
            <p className="m-0 text-base font-semibold text-foreground">{settings.siteName}</p>
            {footer.note && <p className="m-0">{footer.note}</p>}
            {settings.contactEmail && (
              <p className="m-0">
                Questions? Write to <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
              </p>
            )}
          </div>
          <nav aria-label="Footer">
            <ul className="m-0 grid list-none grid-cols-2 gap-x-10 gap-y-2.5 p-0 sm:grid-cols-[repeat(2,max-content)]">
              {(footer.links ?? []).map((link) => (
                <li key={link.id ?? link.href}>
                  <Link className={linkClasses} href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link className={linkClasses} href="/contact">
                  Contact us
                </Link>
              </li>
              <li>
                <Link className={linkClasses} href="/report">
                  Report a conduct concern
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="flex border-t border-border pt-6 sm:justify-end">
          <ThemeSwitch />
        </div>
      </div>
    </footer>
  )
}
