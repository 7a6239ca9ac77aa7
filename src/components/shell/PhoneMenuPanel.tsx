'use client'

import { LogOut } from 'lucide-react'
import Link from 'next/link'
import type { RefObject } from 'react'

import { signOut } from '@/app/(frontend)/signin/actions'
import { Button } from '@/components/ui/button'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import type { MemberSummary } from '@/queries/member-summary'

import { CountBadge } from './CountBadge'
import { isCurrent, panelLink, type NavLink } from './nav'
import { requestsCount, waitingLabel } from './use-member-summary'

type Props = {
  links: NavLink[]
  member: MemberSummary | null
  pathname: string
  open: boolean
  onOpenChange: (open: boolean) => void
  trigger: RefObject<HTMLButtonElement | null>
}

/**
 * The phone menu's side panel: the navigation and the member's links. Loaded on the first press
 * of the menu button (HeaderActions), so pages do not carry the panel's script until it is wanted.
 */
export function PhoneMenuPanel({ links, member, pathname, open, onOpenChange, trigger }: Props) {
  const count = member ? requestsCount(member) : 0
  return (
    <Sheet onOpenChange={onOpenChange} open={open}>
      <SheetContent
        closeLabel="Close menu"
        side="right"
        // The menu button lives outside the panel: give it focus back, as a dialog's trigger gets.
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          trigger.current?.focus()
        }}
      >
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
                      {link.href === '/account/meetings' && (member.meetingsToday ?? 0) > 0 && (
                        <>
                          <CountBadge count={member.meetingsToday} />
                          <span className="sr-only">, {member.meetingsToday === 1 ? '1 meeting today' : `${member.meetingsToday} meetings today`}</span>
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
