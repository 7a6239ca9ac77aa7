'use client'

import { Menu } from 'lucide-react'
import dynamic from 'next/dynamic'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useRef, useState } from 'react'

import { signOut } from '@/app/(frontend)/signin/actions'
import { Button } from '@/components/ui/button'
import { useHydrated } from '@/lib/use-hydrated'
import type { MemberSummary } from '@/queries/member-summary'

import { panelLink, type NavLink } from './nav'
import { useMemberSummary, waitingCount, waitingLabel } from './use-member-summary'

// The menu and the side panel (Radix underneath) load when they are wanted: a visitor's page
// carries neither script, which keeps every public page inside its transfer budget.
const loadMemberMenu = () => import('./MemberMenu').then((module) => module.MemberMenu)
const loadPhoneMenuPanel = () => import('./PhoneMenuPanel').then((module) => module.PhoneMenuPanel)
const MemberMenu = dynamic(loadMemberMenu, { ssr: false })
const PhoneMenuPanel = dynamic(loadPhoneMenuPanel, { ssr: false })

/**
 * The header's right-hand side: "Sign in" and "Join" for visitors (and until the member is known),
 * the member's avatar, name and menu once they are; on phones, the menu button that opens the
 * navigation and the member's links in a side panel.
 */
export function HeaderActions({ links }: { links: NavLink[] }) {
  const member = useMemberSummary()
  const signOutForm = useRef<HTMLFormElement>(null)
  return (
    <div className="ms-auto flex items-center gap-2">
      {/* One sign-out form outside the menus, which unmount as they close. */}
      <form action={signOut} hidden ref={signOutForm} />
      {member ? <MemberMenu member={member} signOutForm={signOutForm} /> : <SignedOutActions />}
      <PhoneMenu links={links} member={member ?? null} />
    </div>
  )
}

function SignedOutActions() {
  return (
    <>
      <Button asChild size="sm" variant="ghost">
        <Link href="/signin">Sign in</Link>
      </Button>
      <Button asChild className="hidden sm:inline-flex" size="sm">
        <Link href="/signup">Join</Link>
      </Button>
    </>
  )
}

const triggerClass =
  'inline-flex size-10 cursor-pointer list-none items-center justify-center rounded-md text-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring md:hidden [&::-webkit-details-marker]:hidden'

/**
 * Below 768 px the navigation moves into a side panel. Before the page's script runs (or without
 * it) the same button is a <details> whose links open below it, so nobody is left without a way around.
 */
function PhoneMenu({ links, member }: { links: NavLink[]; member: MemberSummary | null }) {
  const pathname = usePathname()
  const enhanced = useHydrated()
  const trigger = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const [wanted, setWanted] = useState(false)
  // A link followed from the panel closes it (state adjusted while rendering, as React advises).
  const [openedOn, setOpenedOn] = useState(pathname)
  if (openedOn !== pathname) {
    setOpenedOn(pathname)
    setOpen(false)
  }

  if (!enhanced) {
    return (
      <details className="md:hidden">
        <summary className={triggerClass}>
          <Menu aria-hidden className="size-5" />
          <span className="sr-only">Menu</span>
        </summary>
        <nav aria-label="Main" className="absolute inset-x-0 top-full z-40 border-b border-border bg-popover p-4 shadow-md">
          <ul className="m-0 flex list-none flex-col gap-1 p-0">
            {links.map((link) => (
              <li key={link.href}>
                <Link className={panelLink} href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link className={panelLink} href="/signin">
                Sign in
              </Link>
            </li>
            <li>
              <Link className={panelLink} href="/signup">
                Join
              </Link>
            </li>
          </ul>
        </nav>
      </details>
    )
  }

  const count = member ? waitingCount(member) : 0
  return (
    <>
      <button
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={count > 0 ? `Menu, ${waitingLabel(count)}` : 'Menu'}
        className={triggerClass}
        data-testid="phone-menu"
        // Fetch the panel's script as soon as a press or focus announces it, before the click lands.
        onFocus={() => void loadPhoneMenuPanel()}
        onPointerDown={() => void loadPhoneMenuPanel()}
        onClick={() => {
          setWanted(true)
          setOpen(true)
        }}
        ref={trigger}
        type="button"
      >
        <Menu aria-hidden className="size-5" />
      </button>
      {wanted && <PhoneMenuPanel links={links} member={member} onOpenChange={setOpen} open={open} pathname={pathname} trigger={trigger} />}
    </>
  )
}
