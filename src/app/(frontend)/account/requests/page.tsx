import type { Metadata } from 'next'

import Link from 'next/link'

import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { hasRole } from '@/access'
import { Pagination } from '@/components/Pagination'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { helpTopicLabel, requestStatusLabel } from '@/mentorship/topics'
import { listRequests, type RequestSummary } from '@/queries/requests'

export const metadata: Metadata = { title: 'Your mentorship requests', robots: { index: false } }

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
        <p>
          {box === 'received' ? <strong>Received</strong> : <Link href="/account/requests?box=received">Received</Link>}
          {' · '}
          {box === 'sent' ? <strong>Sent</strong> : <Link href="/account/requests?box=sent">Sent</Link>}
        </p>
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
          <p>
            {totalDocs} {totalDocs === 1 ? 'request' : 'requests'} {box === 'received' ? 'received' : 'sent'}.
          </p>
          <ul className="request-list">
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
    <li>
      <Link href={`/account/requests/${request.id}`}>
        {box === 'received' ? `From ${request.otherName}` : `To ${request.otherName}`}: {helpTopicLabel(request.helpWith)}
      </Link>
      <span className={`status status-${request.status}`}> {requestStatusLabel(request.status)}</span>
      <span className="meta">
        {' '}
        · sent {formatDate(request.createdAt)}
        {request.lastMessageAt ? ` · last message ${formatDate(request.lastMessageAt)}` : ''}
      </span>
    </li>
  )
}
