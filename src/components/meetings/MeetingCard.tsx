import { CalendarClock, MapPin, Phone, Video } from 'lucide-react'
import Link from 'next/link'

import { Badge, type BadgeProps } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { idOf } from '@/access'
import { holdingStatuses } from '@/meetings/options'
import { markWithinMs, type MeetingView } from '@/meetings/book'

import { AnswerProposalForms, CancelMeetingForm, MarkMeetingForm } from './MeetingActions'

type Props = { meeting: MeetingView; returnTo?: string; now?: Date }

/** Where a meeting stands, from the viewer's side. */
function statusOf(meeting: MeetingView): { label: string; variant: BadgeProps['variant'] } {
  if (meeting.status === 'proposed')
    return meeting.side === 'student' ? { label: 'Waiting for your answer', variant: 'warning' } : { label: 'Waiting for their answer', variant: 'warning' }
  if (meeting.status === 'declined') return { label: 'Proposal declined', variant: 'outline' }
  if (meeting.status === 'cancelled') return { label: 'Cancelled', variant: 'outline' }
  return meeting.past ? { label: 'Over', variant: 'secondary' } : { label: 'Booked', variant: 'success' }
}

const canceller = (meeting: MeetingView) =>
  meeting.cancelledBy === 'platform' ? 'the platform' : meeting.cancelledBy === meeting.side ? 'you' : meeting.otherName

/**
 * One meeting as its two people see it: when (on the viewer's clock, with the other's beside it),
 * with whom, how they meet, and what either can do now. `returnTo` is the page the card is on;
 * its forms come back there, to #meeting-<id>.
 */
export function MeetingCard({ meeting, returnTo = '/account/meetings', now: at = new Date() }: Props) {
  const status = statusOf(meeting)
  const requestId = idOf(meeting.request)
  const now = at.getTime()
  const holding = holdingStatuses.includes(meeting.status)
  const started = new Date(meeting.startsAt).getTime() <= now
  const open = holding && !meeting.past
  const markable = meeting.status === 'booked' && started && now - new Date(meeting.endsAt).getTime() <= markWithinMs
  // A time proposed to the student is answered (accepted or declined), not moved or cancelled by them.
  const awaitingMe = meeting.status === 'proposed' && meeting.side === 'student'
  const ownMark = (meeting.side === 'student' ? meeting.studentMark : meeting.mentorMark) ?? null

  return (
    <article
      id={`meeting-${meeting.id}`}
      className="scroll-mt-24 rounded-xl border border-border bg-card p-4 text-card-foreground shadow-xs sm:p-5"
      aria-labelledby={`meeting-${meeting.id}-title`}
      data-testid="meeting-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`meeting-${meeting.id}-title`} className="m-0 text-lg leading-snug font-semibold">
          <time dateTime={new Date(meeting.startsAt).toISOString()}>{meeting.when}</time>
          <span className="font-normal text-muted-foreground"> · {meeting.lengthMinutes} min</span>
        </h3>
        <Badge variant={status.variant} data-testid="meeting-status">
          {status.label}
        </Badge>
      </div>
      {meeting.otherClock && (
        <p className="m-0 mt-0.5 text-sm text-muted-foreground">
          Your time · for {meeting.otherName}: {meeting.otherClock}
        </p>
      )}

      <dl className="m-0 mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">With</dt>
        <dd className="m-0 min-w-0">
          {meeting.otherName}
          <span className="text-muted-foreground">
            {' '}
            ({meeting.otherRole === 'student' ? 'Career Candidate' : meeting.otherRole === 'connector' ? 'Connector' : 'Mentor'})
          </span>
          {requestId != null && !returnTo.startsWith(`/account/requests/${requestId}`) && (
            <>
              {' · '}
              <Link href={`/account/requests/${requestId}`}>Your conversation</Link>
            </>
          )}
        </dd>
        <dt className="text-muted-foreground">How</dt>
        <dd className="m-0 min-w-0">
          <Where meeting={meeting} showDetail={open} />
        </dd>
        {meeting.note && (
          <>
            <dt className="text-muted-foreground">Agenda</dt>
            <dd className="m-0 min-w-0 break-words whitespace-pre-line">{meeting.note}</dd>
          </>
        )}
        {meeting.status === 'cancelled' && (
          <>
            <dt className="text-muted-foreground">Cancelled</dt>
            <dd className="m-0 min-w-0 break-words whitespace-pre-line">
              By {canceller(meeting)}
              {meeting.cancelNote ? `: “${meeting.cancelNote}”` : '.'}
            </dd>
          </>
        )}
        {meeting.status === 'declined' && meeting.cancelNote && (
          <>
            <dt className="text-muted-foreground">Note</dt>
            <dd className="m-0 min-w-0 break-words whitespace-pre-line">“{meeting.cancelNote}”</dd>
          </>
        )}
      </dl>

      <div className="mt-4 flex flex-col gap-3">
        {meeting.status === 'proposed' && meeting.side === 'student' && !started && (
          <AnswerProposalForms meetingId={meeting.id} returnTo={returnTo} otherName={meeting.otherName} />
        )}
        {markable && <MarkMeetingForm meetingId={meeting.id} returnTo={returnTo} marked={ownMark} />}
        {open && !started && requestId != null && !awaitingMe && (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm">
              <Link href={`/account/requests/${requestId}?reschedule=${meeting.id}#book`}>
                <CalendarClock aria-hidden />
                Move to another time
              </Link>
            </Button>
          </div>
        )}
        {open && !awaitingMe && (
          <CancelMeetingForm meetingId={meeting.id} returnTo={returnTo} otherName={meeting.otherName} proposal={meeting.status === 'proposed'} />
        )}
      </div>

      <p className="m-0 mt-4 text-sm">
        <Link href={`/report?meeting=${meeting.id}`} className="text-muted-foreground hover:text-primary">
          Report a problem with this meeting
        </Link>
      </p>
    </article>
  )
}

/** How they meet. The link, number or place is the two people's alone, and only shown while the meeting stands. */
function Where({ meeting, showDetail }: { meeting: MeetingView; showDetail: boolean }) {
  const detail = showDetail ? meeting.whereDetail : null
  if (meeting.how === 'video')
    return (
      <span className="inline-flex flex-wrap items-center gap-x-2">
        <Video aria-hidden className="size-4 text-muted-foreground" />
        {detail ? (
          <a href={detail} target="_blank" rel="noopener noreferrer" className="font-medium">
            Join the video call
          </a>
        ) : (
          'Video call'
        )}
      </span>
    )
  const Icon = meeting.how === 'phone' ? Phone : MapPin
  return (
    <span className="inline-flex items-start gap-2">
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <span className="min-w-0 break-words whitespace-pre-line">
        {meeting.how === 'phone' ? 'Phone call' : 'In person'}
        {detail ? `: ${detail}` : ''}
      </span>
    </span>
  )
}
