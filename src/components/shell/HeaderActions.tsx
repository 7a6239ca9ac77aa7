'use client'

import { ChevronDown, LogOut, Menu } from 'lucide-react'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useRef, useState, type RefObject } from 'react'

import { signOut } from '@/app/(frontend)/signin/actions'
import { Avatar } from '@/components/Avatar'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet'
import { cn } from '@/lib/cn'
import { useHydrated } from '@/lib/use-hydrated'
import { roleLabels, type Role } from '@/lib/roles'
import type { MemberSummary } from '@/queries/member-summary'

import { isCurrent, type NavLink } from './nav'
import { useMemberSummary, waitingCount, waitingLabel } from './use-member-summary'

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

function CountBadge({ count, className }: { count: number; className?: string }) {
  if (count === 0) return null
  return (
    <span
      aria-hidden
      className={cn(
        'inline-flex min-w-5 items-center justify-center rounded-full bg-destructive px-1.5 text-xs leading-5 font-semibold text-destructive-foreground',
        className,
      )}
      data-testid="member-badge"
    >
      {count > 99 ? '99+' : count}
    </span>
  )
}

const rolesOf = (member: MemberSummary) => member.roles.map((role) => roleLabels[role as Role] ?? role).join(', ')

function MemberMenu({ member, signOutForm }: { member: MemberSummary; signOutForm: RefObject<HTMLFormElement | null> }) {
  const count = waitingCount(member)
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <button
          aria-label={`${member.chosenName}: your menu${count > 0 ? `, ${waitingLabel(count)}` : ''}`}
          className="relative inline-flex cursor-pointer items-center gap-2 rounded-full py-1 ps-1 pe-2 text-sm font-medium text-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          data-testid="member-menu"
          type="button"
        >
          <span className="relative">
            <Avatar name={member.chosenName} size="sm" src={member.avatarURL} />
            <CountBadge className="absolute -end-2 -top-1.5 ring-2 ring-background" count={count} />
          </span>
          <span className="hidden max-w-40 truncate md:inline" data-testid="member-name">
            {member.chosenName}
          </span>
          <ChevronDown aria-hidden className="hidden size-4 text-muted-foreground md:inline" />
        </button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-64">
        <DropdownMenuLabel className="font-normal">
          <span className="block truncate font-semibold">{member.chosenName}</span>
          <span className="block text-xs text-muted-foreground">{rolesOf(member)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {member.links.map((link) => (
          <DropdownMenuItem asChild key={link.href}>
            <Link href={link.href}>
              <span className="flex-1">{link.label}</span>
              {link.href === '/account/requests' && <CountBadge count={count} />}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

const panelLink =
  'flex items-center justify-between rounded-md px-3 py-2.5 text-base font-medium text-foreground no-underline hover:bg-accent hover:text-accent-foreground aria-[current=page]:bg-secondary aria-[current=page]:text-secondary-foreground'

/**
 * Below 768 px the navigation moves into a side panel. Before the page's script runs (or without
 * it) the same button is a <details> whose links open below it, so nobody is left without a way around.
 */
function PhoneMenu({ links, member }: { links: NavLink[]; member: MemberSummary | null }) {
  const pathname = usePathname()
  const enhanced = useHydrated()
  const [open, setOpen] = useState(false)
  // A link followed from the panel closes it (state adjusted while rendering, as React advises).
  const [openedOn, setOpenedOn] = useState(pathname)
  if (openedOn !== pathname) {
    setOpenedOn(pathname)
    setOpen(false)
  }

  const trigger = (
    <>
      <Menu aria-hidden className="size-5" />
      <span className="sr-only">Menu</span>
    </>
  )
  const triggerClass =
    'inline-flex size-10 cursor-pointer list-none items-center justify-center rounded-md text-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring md:hidden [&::-webkit-details-marker]:hidden'

  if (!enhanced) {
    return (
      <details className="md:hidden">
        <summary className={triggerClass}>{trigger}</summary>
        <nav aria-label="Main" className="absolute inset-x-0 top-full z-40 border-b border-border bg-popover p-4 shadow-md">
          <ul className="m-0 flex list-none flex-col gap-1 p-0">
            {links.map((link) => (
              <li key={link.href}>
                <a className={panelLink} href={link.href}>
                  {link.label}
                </a>
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
    <Sheet onOpenChange={setOpen} open={open}>
      <SheetTrigger asChild>
        <button aria-label={count > 0 ? `Menu, ${waitingLabel(count)}` : 'Menu'} className={triggerClass} data-testid="phone-menu" type="button">
          <Menu aria-hidden className="size-5" />
        </button>
      </SheetTrigger>
      <SheetContent closeLabel="Close menu" side="right">
        <SheetHeader>
          <SheetTitle>Menu</SheetTitle>
          <SheetDescription>{member ? `Signed in as ${member.chosenName}` : 'Find mentors, organisations, events and jobs.'}</SheetDescription>
        </SheetHeader>
        <nav aria-label="Main">
          <ul className="m-0 flex list-none flex-col gap-1 p-0">
            {links.map((link) => (
              <li key={link.href}>
                <Link aria-current={isCurrent(pathname, link.href) ? 'page' : undefined} className={panelLink} href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="border-t border-border pt-4">
          {member ? (
            <nav aria-label="Your account">
              <ul className="m-0 flex list-none flex-col gap-1 p-0">
                {member.links.map((link) => (
                  <li key={link.href}>
                    <Link aria-current={pathname === link.href ? 'page' : undefined} className={panelLink} href={link.href}>
                      {link.label}
                      {link.href === '/account/requests' && count > 0 && (
                        <>
                          <CountBadge count={count} />
                          <span className="sr-only">, {waitingLabel(count)}</span>
                        </>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
              <form action={signOut} className="mt-3">
                <Button className="w-full" type="submit" variant="outline">
                  <LogOut aria-hidden />
                  Sign out
                </Button>
              </form>
            </nav>
          ) : (
            <div className="flex flex-col gap-2">
              <Button asChild>
                <Link href="/signup">Join</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/signin">Sign in</Link>
              </Button>
            </div>
          )}
        </div>
      </SheetContent>
    </Sheet>
  )
}
