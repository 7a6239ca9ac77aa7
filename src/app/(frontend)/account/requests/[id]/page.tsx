import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { formatDate, formatTime } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { conversationStatuses, helpTopicLabel, openStatuses, requestStatusLabel } from '@/mentorship/topics'
import { getRequestThread } from '@/queries/requests'

import { AnswerForm, ConfirmButton, MessageForm } from './RequestActions'

export const metadata: Metadata = { title: 'Mentorship request', robots: { index: false } }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ sent?: string; answered?: string; withdrawn?: string; ended?: string; messageSent?: string }>
}

const notices: Record<string, string> = {
  sent: 'Your request is sent. We emailed you a confirmation, and will email you when they answer.',
  accept: 'You accepted the request. You can now write to each other here.',
  ask: 'Your question is sent.',
  decline: 'You declined the request. They have been told kindly.',
  withdrawn: 'You withdrew your request.',
  ended: 'The mentorship is marked as ended.',
  messageSent: 'Message sent.',
}

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params
  const member = await requireMember(`/account/requests/${id}`)
  const payload = await getPayloadClient()
  const thread = await getRequestThread(payload, member, id)
  if (!thread) notFound()
  const query = await searchParams
  const noticeKey = query.sent
    ? 'sent'
    : query.answered
      ? query.answered
      : query.withdrawn
        ? 'withdrawn'
        : query.ended
          ? 'ended'
          : query.messageSent
            ? 'messageSent'
            : null
  const { request, viewerIs, studentName, mentorName } = thread
  const otherName = viewerIs === 'mentor' ? studentName : mentorName
  const waiting = openStatuses.includes(request.status)

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link> / <Link href={`/account/requests?box=${viewerIs === 'mentor' ? 'received' : 'sent'}`}>Your requests</Link>
      </nav>
      <h1>{viewerIs === 'mentor' ? `Request from ${studentName}` : `Your request to ${mentorName}`}</h1>
      {noticeKey && notices[noticeKey] && (
        <p className="form-message" role="status">
          {notices[noticeKey]}
        </p>
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="request-status">{requestStatusLabel(request.status)}</dd>
        <dt>Help with</dt>
        <dd>{helpTopicLabel(request.helpWith)}</dd>
        <dt>Sent</dt>
        <dd>{formatDate(request.createdAt)}</dd>
        {request.status === 'pending' && request.expiresAt && (
          <>
            <dt>Expires</dt>
            <dd>{formatDate(request.expiresAt)}, if not answered</dd>
          </>
        )}
        {viewerIs === 'student' && thread.mentorProfileSlug && (
          <>
            <dt>Profile</dt>
            <dd>
              <Link href={`/mentors/${thread.mentorProfileSlug}`}>{mentorName}’s profile</Link>
            </dd>
          </>
        )}
      </dl>

      <h2>The request</h2>
      <blockquote className="request-message">
        {request.message.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      {request.preferredTimes && (
        <p>
          <strong>Times that suit:</strong> {request.preferredTimes}
        </p>
      )}
      {request.statusNote && (
        <p className="notice">
          <strong>{request.status === 'declined' || request.status === 'ended' ? 'Note' : `${mentorName} wrote`}:</strong> {request.statusNote}
        </p>
      )}

      {viewerIs === 'mentor' && waiting && (
        <section aria-labelledby="answer-heading">
          <h2 id="answer-heading">Your answer</h2>
          <p>Accepting opens a conversation here. A short answer, even a no, helps {studentName} move on.</p>
          <AnswerForm requestId={request.id} studentName={studentName} />
        </section>
      )}

      {(thread.messages.length > 0 || thread.canWrite) && (
        <section aria-labelledby="conversation-heading">
          <h2 id="conversation-heading">Conversation</h2>
          {thread.messages.length === 0 ? (
            <p>No messages yet.</p>
          ) : (
            <ol className="thread">
              {thread.messages.map((message) => (
                <li key={message.id} id={`message-${message.id}`} className={message.fromViewer ? 'from-me' : 'from-them'}>
                  <p className="meta">
                    {message.fromViewer ? 'You' : message.authorName}, {formatDate(message.createdAt)} {formatTime(message.createdAt)}
                  </p>
                  {message.body.split(/\n\s*\n/).map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                  {!message.fromViewer && (
                    <p className="meta">
                      <Link href={`/report?message=${message.id}`}>Report this message</Link>
                      {thread.block !== 'by-me' && (
                        <>
                          {' · '}
                          <Link href={`/account/block?request=${request.id}&message=${message.id}`}>Block {message.authorName}</Link>
                        </>
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          {thread.canWrite && <MessageForm requestId={request.id} otherName={otherName} />}
        </section>
      )}
      {thread.block === 'by-me' ? (
        <p className="notice" data-testid="block-state">
          You blocked {otherName}: neither of you can write here. <Link href="/account/blocked">Unblock them</Link> to write again.
        </p>
      ) : thread.block === 'by-them' && conversationStatuses.includes(request.status) ? (
        <p className="notice">This conversation is closed to new messages.</p>
      ) : null}

      {viewerIs === 'student' && waiting && <ConfirmButton requestId={request.id} kind="withdraw" />}
      {request.status === 'accepted' && (
        <section aria-labelledby="end-heading">
          <h2 id="end-heading">When you are done</h2>
          <p>Ending the mentorship keeps this conversation for you both to read, and frees a place for another student.</p>
          <ConfirmButton requestId={request.id} kind="end" />
        </section>
      )}
      <p className="meta">
        Something wrong? <Link href="/report">Report a conduct concern</Link> in confidence
        {thread.block !== 'by-me' && (
          <>
            , or <Link href={`/account/block?request=${request.id}`}>block {otherName}</Link>
          </>
        )}
        .
      </p>
    </>
  )
}
