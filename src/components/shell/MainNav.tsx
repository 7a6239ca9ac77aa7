'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isCurrent, type NavLink } from './nav'

/** The main navigation from 768 px up; phones get it in the menu panel (HeaderActions). */
export function MainNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname()
  if (links.length === 0) return null
  return (
    <nav aria-label="Main" className="hidden md:block">
      <ul className="m-0 flex list-none items-center gap-1 p-0">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              aria-current={isCurrent(pathname, link.href) ? 'page' : undefined}
              className="rounded-md px-3 py-2 text-sm font-medium text-muted-foreground no-underline hover:bg-accent hover:text-accent-foreground aria-[current=page]:text-foreground aria-[current=page]:underline aria-[current=page]:decoration-primary aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8"
              href={link.href}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
