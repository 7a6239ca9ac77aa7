'use client'

import { ChevronDown, LogOut } from 'lucide-react'
import Link from 'next/link'
import type { RefObject } from 'react'

import { Avatar } from '@/components/Avatar'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { roleLabels, type Role } from '@/lib/roles'
import type { MemberSummary } from '@/queries/member-summary'

import { CountBadge } from './CountBadge'
import { requestsCount, waitingCount, waitingLabel } from './use-member-summary'

const rolesOf = (member: MemberSummary) => member.roles.map((role) => roleLabels[role as Role] ?? role).join(', ')

/**
 * The signed-in member's avatar, name and badge, opening their menu. Loaded only once a member
 * is known (HeaderActions), so visitors' pages do not carry the menu's script.
 */
export function MemberMenu({ member, signOutForm }: { member: MemberSummary; signOutForm: RefObject<HTMLFormElement | null> }) {
  const count = waitingCount(member)
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* Named by its own text (no aria-label), so what is seen is what is said: the name, then the rest for screen readers. */}
        <button
          className="relative inline-flex cursor-pointer items-center gap-2 rounded-full py-1 ps-1 pe-2 text-sm font-medium text-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          data-testid="member-menu"
          type="button"
        >
          <span className="relative">
            <Avatar name={member.chosenName} size="sm" src={member.avatarURL} />
            <CountBadge className="absolute -end-2 -top-1.5 ring-2 ring-background" count={count} />
          </span>
          <span className="sr-only max-w-40 truncate md:not-sr-only" data-testid="member-name">
            {member.chosenName}
          </span>
          <span className="sr-only" data-testid="member-menu-label">
            : your menu{count > 0 ? `, ${waitingLabel(count)}` : ''}
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
              {link.href === '/account/requests' && <CountBadge count={requestsCount(member)} />}
              {link.href === '/account/meetings' && <CountBadge count={member.meetingsToday ?? 0} />}
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
