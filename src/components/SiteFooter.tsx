import Link from 'next/link'

import { ThemeSwitch } from '@/components/theme/ThemeSwitch'

import type { Footer, SiteSetting } from '../../payload-types'

const linkClasses = 'text-foreground no-underline hover:text-primary hover:underline underline-offset-4'

export function SiteFooter({ settings, footer }: { settings: SiteSetting; footer: Footer }) {
  return (
    <footer className="site-footer mt-12 border-t border-border bg-muted py-10 text-sm text-muted-foreground">
      <div className="container flex flex-col gap-6">
        <div className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex max-w-md flex-col gap-2">
            <p className="m-0 text-base font-semibold text-foreground">{settings.siteName}</p>
            {footer.note && <p className="m-0">{footer.note}</p>}
          </div>
          {footer.links && footer.links.length > 0 && (
            <nav aria-label="Footer">
              <ul className="m-0 grid list-none grid-cols-2 gap-x-8 gap-y-2 p-0 sm:grid-cols-[repeat(2,max-content)]">
                {footer.links.map((link) => (
                  <li key={link.id ?? link.href}>
                    <Link className={linkClasses} href={link.href}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        <div className="flex flex-col gap-4 border-t border-border pt-6 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex flex-col gap-1">
            <p className="m-0">
              <Link className={linkClasses} href="/contact">
                Contact us
              </Link>{' '}
              ·{' '}
              <Link className={linkClasses} href="/report">
                Report a conduct concern
              </Link>
            </p>
            {settings.contactEmail && (
              <p className="m-0">
                Questions? Write to{' '}
                <a className={linkClasses} href={`mailto:${settings.contactEmail}`}>
                  {settings.contactEmail}
                </a>
                .
              </p>
            )}
          </div>
          <ThemeSwitch />
        </div>
      </div>
    </footer>
  )
}
