import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { hasRole } from '@/access'
import { Avatar } from '@/components/Avatar'
import { Pagination } from '@/components/Pagination'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/cn'
import { getPayloadClient } from '@/lib/payload'
import { helpTopicLabel } from '@/mentorship/topics'
import { listRequests, type RequestSummary } from '@/queries/requests'

import { RequestStatusBadge, When } from './RequestBits'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your mentorship requests',
  description: 'The mentorship requests you sent or received, and the conversations that followed.',
  path: '/account/requests',
})

type Props = { searchParams: Promise<{ box?: string; page?: string }> }

export default async function RequestsPage({ searchParams }: Props) {
  const member = await requireMember('/account/requests')
  const payload = await getPayloadClient()
  const params = await searchParams
  const canReceive = mentorKindOf(member) != null
  const canSend = hasRole(member, 'career-candidate')
  const box = params.box === 'sent' || (!canReceive && params.box !== 'received') ? 'sent' : 'received'
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1)
  const { requests, totalPages, totalDocs } = await listRequests(payload, member, box, page)

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Your mentorship requests</h1>
      {canReceive && canSend && (
        <nav aria-label="Requests" className="mt-4 inline-flex rounded-lg bg-muted p-1 text-sm">
          {(['received', 'sent'] as const).map((each) => (
            <Link
              key={each}
              href={`/account/requests?box=${each}`}
              aria-current={box === each ? 'page' : undefined}
              className={cn(
                'rounded-md px-3 py-1.5 font-medium no-underline',
                box === each ? 'bg-background text-foreground shadow-xs' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {each === 'received' ? 'Received' : 'Sent'}
            </Link>
          ))}
        </nav>
      )}
      {totalDocs === 0 ? (
        box === 'received' ? (
          <p className="notice">No requests yet. When a student writes to you from your directory profile, it appears here and in your inbox.</p>
        ) : (
          <p className="notice">
            You have not sent a request yet. <Link href="/mentors">Find a Mentor or Connector</Link> and write to them from their profile.
          </p>
        )
      ) : (
        <>
          <p className="text-sm text-muted-foreground">
            {totalDocs} {totalDocs === 1 ? 'request' : 'requests'} {box === 'received' ? 'received' : 'sent'}.
          </p>
          <ul className="request-list m-0 flex list-none flex-col gap-2 p-0">
            {requests.map((request) => (
              <RequestItem key={request.id} request={request} box={box} />
            ))}
          </ul>
          <Pagination page={page} totalPages={totalPages} href={(target) => `/account/requests?box=${box}&page=${target}`} />
        </>
      )}
    </>
  )
}

function RequestItem({ request, box }: { request: RequestSummary; box: 'received' | 'sent' }) {
  return (
    <li
      className={cn(
        'relative flex items-center gap-3 rounded-xl border border-border bg-card p-3 text-card-foreground transition-colors hover:border-primary sm:p-4',
        request.unread > 0 && 'border-primary',
      )}
    >
      <Avatar name={request.otherName} size="md" />
      <div className="min-w-0 flex-1">
        <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={`/account/requests/${request.id}`} className="font-semibold text-foreground no-underline after:absolute after:inset-0 after:rounded-xl">
            {box === 'received' ? `From ${request.otherName}` : `To ${request.otherName}`}
            <span className="font-normal text-muted-foreground">: {helpTopicLabel(request.helpWith)}</span>
          </Link>
          <RequestStatusBadge status={request.status} />
        </p>
        <p className="m-0 mt-1 text-sm text-muted-foreground">
          {request.lastMessageAt ? (
            <>
              Last message <When value={request.lastMessageAt} />
            </>
          ) : (
            <>
              Sent <When value={request.createdAt} />
            </>
          )}
        </p>
      </div>
      {request.unread > 0 && (
        <Badge variant="default" data-testid="unread-count">
          {request.unread} unread
        </Badge>
      )}
    </li>
  )
}
