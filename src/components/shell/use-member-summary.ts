'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { MemberSummary } from '@/queries/member-summary'

/** `undefined` until the first answer (the header shows the signed-out choices meanwhile), then the member or null. */
export type MemberState = MemberSummary | null | undefined

/**
 * The signed-in member for the header, asked of GET /api/member-summary on every page the visitor
 * opens (signing in and out are page changes) and when the tab comes back into view, so the counts
 * stay current. The layout itself never reads the session: it stays one static page for all.
 */
export function useMemberSummary(): MemberState {
  const pathname = usePathname()
  const [member, setMember] = useState<MemberState>(undefined)
  const [asked, setAsked] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/member-summary', { cache: 'no-store', credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ member: MemberSummary | null }>) : null))
      .then((body) => {
        if (body) setMember(body.member)
      })
      // Offline or aborted: keep showing what we knew.
      .catch(() => undefined)
    return () => controller.abort()
  }, [pathname, asked])

  useEffect(() => {
    const askAgain = () => {
      if (document.visibilityState === 'visible') setAsked((count) => count + 1)
    }
    document.addEventListener('visibilitychange', askAgain)
    return () => document.removeEventListener('visibilitychange', askAgain)
  }, [])

  return member
}

/** What the requests link's badge counts: requests waiting for the member's answer and unread messages. */
export const requestsCount = (member: MemberSummary) => member.waitingRequests + member.unreadMessages

/** What the badge on the avatar counts: the requests link's count and meetings still to come today. */
export const waitingCount = (member: MemberSummary) => requestsCount(member) + (member.meetingsToday ?? 0)

/** The badge's words for screen readers: "3 waiting for you". */
export const waitingLabel = (count: number) => `${count} waiting for you`
