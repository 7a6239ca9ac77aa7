import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { idOf } from '@/access'
import { requireMember } from '@/accounts/session'
import { Avatar } from '@/components/Avatar'
import { BookingRecord } from '@/components/meetings/BookingRecord'
import { getPayloadClient } from '@/lib/payload'
import { cn } from '@/lib/cn'
import { meetingRecord } from '@/meetings/book'
import { markConversationRead } from '@/mentorship/read-state'
import { conversationStatuses, helpTopicLabel, openStatuses } from '@/mentorship/topics'
import { requestProgramme } from '@/queries/my-programs'
import { getRequestThread } from '@/queries/requests'

import { RequestStatusBadge, When } from '../RequestBits'
import { MeetingsSection, SessionBooking, type BookingQuery } from './Meetings'
import { loadShape, MentorshipShapeSections, WorrySection } from './MentorshipShape'
import { AnswerForm, ConfirmButton, MessageForm } from './RequestActions'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return memberPageMetadata({
    title: 'Mentorship request',
    description: 'A mentorship request and the conversation about it.',
    path: `/account/requests/${encodeURIComponent((await params).id)}`,
  })
}

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ sent?: string; answered?: string; withdrawn?: string; ended?: string; messageSent?: string; shape?: string } & BookingQuery>
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

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params
  const member = await requireMember(`/account/requests/${id}`)
  const payload = await getPayloadClient()
  const thread = await getRequestThread(payload, member, id)
  if (!thread) notFound()
  // The thread was read with its unread marks; from now on its messages count as read.
  if (thread.messages.some((message) => message.unread)) await markConversationRead(payload, member, thread.request.id)
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
  const firstUnread = thread.messages.findIndex((message) => message.unread)
  const programme = await requestProgramme(payload, member, request)
  // The mentor sees how reliably the student keeps meetings (shown once there are enough to say).
  const studentRecord = viewerIs === 'mentor' ? await meetingRecord(payload, idOf(request.student)!) : null
  const booking = { payload, member, request, studentName, mentorName, query }
  const now = new Date()
  const shape = { shape: await loadShape(payload, member, request.id, now), requestId: request.id, shown: query.shape, now }

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link> / <Link href={`/account/requests?box=${viewerIs === 'mentor' ? 'received' : 'sent'}`}>Your requests</Link>
      </nav>
      {noticeKey && notices[noticeKey] && (
        <p className="form-message mt-3" role="status">
          {notices[noticeKey]}
        </p>
      )}

      <header className="mt-3 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
        <div className="flex items-start gap-3">
          <Avatar name={otherName} size="md" />
          <div className="min-w-0 flex-1">
            <h1 className="m-0 text-2xl sm:text-3xl">{viewerIs === 'mentor' ? `Request from ${studentName}` : `Your request to ${mentorName}`}</h1>
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
              <RequestStatusBadge status={request.status} testId="request-status" />
              <span>{helpTopicLabel(request.helpWith)}</span>
              {programme && (
                <span data-testid="request-programme">
                  Within <Link href={`/programs/${programme.slug}`}>{programme.name}</Link>
                </span>
              )}
              <span>
                Sent <When value={request.createdAt} />
              </span>
              {request.status === 'pending' && request.expiresAt && (
                <span>
                  Expires <When value={request.expiresAt} />, if not answered
                </span>
              )}
              {viewerIs === 'student' && thread.mentorProfileSlug && <Link href={`/mentors/${thread.mentorProfileSlug}`}>{mentorName}’s profile</Link>}
              {studentRecord && <BookingRecord record={studentRecord} />}
            </p>
          </div>
        </div>
        <h2 className="sr-only">The request</h2>
        <div className="request-message prose mt-4 max-w-none rounded-lg border-0 bg-muted p-4 text-foreground">
          <p className="m-0 text-sm font-medium text-muted-foreground">{viewerIs === 'student' ? 'You asked' : `${studentName} asked`}</p>
          {paragraphs(request.message)}
          {request.preferredTimes && (
            <p>
              <strong>Times that suit:</strong> {request.preferredTimes}
            </p>
          )}
        </div>
        {request.statusNote && (
          <p className="notice mt-3">
            <strong>{request.status === 'declined' || request.status === 'ended' ? 'Note' : `${mentorName} wrote`}:</strong> {request.statusNote}
          </p>
        )}
      </header>

      {programme?.sharedAnswers && programme.sharedAnswers.length > 0 && (
        <section aria-labelledby="shared-answers-heading" className="mt-8" data-testid="shared-answers">
          <h2 id="shared-answers-heading">
            What {studentName} told {programme.name}
          </h2>
          <p className="text-sm text-muted-foreground">Answers they gave when joining, which the programme shares with their mentor. Keep them between you.</p>
          <dl className="m-0 flex flex-col gap-3 rounded-xl border border-border bg-card p-4 text-card-foreground">
            {programme.sharedAnswers.map((shared, index) => (
              <div key={index}>
                <dt className="font-semibold">{shared.question}</dt>
                <dd className="m-0 break-words whitespace-pre-line">{shared.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <MentorshipShapeSections {...shape} />

      {viewerIs === 'mentor' && waiting && (
        <section aria-labelledby="answer-heading" className="mt-8">
          <h2 id="answer-heading">Your answer</h2>
          <p>
            Accepting opens a conversation here. A short answer, even a no, helps {studentName} move on.
            {programme ? ` They sent it within ${programme.name}, whose reply-by time and limits apply.` : ''}
          </p>
          <AnswerForm requestId={request.id} studentName={studentName} />
          <SessionBooking {...booking} />
        </section>
      )}

      {(thread.messages.length > 0 || thread.canWrite) && (
        <section aria-labelledby="conversation-heading" className="mt-8">
          <h2 id="conversation-heading">Conversation</h2>
          {thread.messages.length === 0 ? (
            <p className="text-muted-foreground">No messages yet. Say hello, and suggest a time to talk.</p>
          ) : (
            <ol className="thread m-0 mt-4 flex list-none flex-col gap-4 p-0">
              {thread.messages.map((message, index) => (
                <li key={message.id} id={`message-${message.id}`} className={cn('m-0 scroll-mt-24 border-0 p-0', message.fromViewer ? 'from-me' : 'from-them')}>
                  {index === firstUnread && (
                    <p className="mb-4 flex items-center gap-3 text-xs font-semibold tracking-wide text-primary uppercase" data-testid="unread-marker">
                      <span aria-hidden className="h-px flex-1 bg-primary" />
                      New
                      <span aria-hidden className="h-px flex-1 bg-primary" />
                    </p>
                  )}
                  <div className={cn('flex items-end gap-2', message.fromViewer && 'flex-row-reverse')}>
                    <Avatar
                      name={message.fromViewer ? member.chosenName : message.authorName}
                      size="sm"
                      className={message.fromViewer ? 'max-sm:hidden' : undefined}
                    />
                    <div className={cn('flex max-w-[85%] flex-col gap-1 sm:max-w-[70%]', message.fromViewer ? 'items-end' : 'items-start')}>
                      <p className="m-0 text-xs text-muted-foreground">
                        <span className="font-medium text-foreground">{message.fromViewer ? 'You' : message.authorName}</span>
                        {' · '}
                        <When value={message.createdAt} />
                      </p>
                      <div
                        className={cn(
                          'rounded-2xl px-4 py-2.5 break-words [&>p]:my-1',
                          message.fromViewer ? 'rounded-br-sm bg-primary text-primary-foreground' : 'rounded-bl-sm bg-muted text-foreground',
                        )}
                      >
                        {paragraphs(message.body)}
                      </div>
                      {!message.fromViewer && (
                        <p className="m-0 text-xs text-muted-foreground">
                          <Link href={`/report?message=${message.id}`}>Report this message</Link>
                          {thread.block !== 'by-me' && (
                            <>
                              {' · '}
                              <Link href={`/account/block?request=${request.id}&message=${message.id}`}>Block {message.authorName}</Link>
                            </>
                          )}
                        </p>
                      )}
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {thread.canWrite && (
            <div className="mt-6 rounded-xl border border-border bg-card p-4 text-card-foreground">
              <MessageForm requestId={request.id} otherName={otherName} />
            </div>
          )}
        </section>
      )}
      {thread.block === 'by-me' ? (
        <p className="notice mt-6" data-testid="block-state">
          You blocked {otherName}: neither of you can write here. <Link href="/account/blocked">Unblock them</Link> to write again.
        </p>
      ) : thread.block === 'by-them' && conversationStatuses.includes(request.status) ? (
        <p className="notice mt-6">This conversation is closed to new messages.</p>
      ) : null}

      {viewerIs === 'student' && waiting && (
        <div className="mt-6">
          <ConfirmButton requestId={request.id} kind="withdraw" />
        </div>
      )}
      <MeetingsSection {...booking} viewerIs={viewerIs} />
      {request.status === 'accepted' && (
        <section aria-labelledby="end-heading" className="mt-8">
          <h2 id="end-heading">When you are done</h2>
          <p>Ending the mentorship keeps this conversation for you both to read, and frees a place for another student.</p>
          <ConfirmButton requestId={request.id} kind="end" />
        </section>
      )}
      <WorrySection {...shape} />
      <p className="meta mt-8 text-sm text-muted-foreground">
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
