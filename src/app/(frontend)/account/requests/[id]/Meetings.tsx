import Link from 'next/link'
import { Suspense } from 'react'
import type { Payload } from 'payload'

import { FormMessage } from '@/components/forms/Field'
import { MeetingCard } from '@/components/meetings/MeetingCard'
import { SlotZoneDetect } from '@/components/meetings/SlotZoneDetect'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { bookingContext, meetingsOf, slotsFor, upcomingPerMentorship, type MeetingView } from '@/meetings/book'
import { isKnownTimeZone, placeOfZone, timeZoneChoices } from '@/meetings/zone'

import type { MentorshipRequest, User } from '../../../../../../payload-types'
import { BookingForm } from './BookingForm'
import { slotPage } from './booking'

/*
 * The request page's meetings: the two people's meetings in this mentorship, and the booking step
 * (book, propose, move, or a Connector's "accept and book a session"). Everything the step
 * needs is in the address (?length=, ?tz=, ?from=, ?reschedule=), so it works without JavaScript.
 */

export type BookingQuery = { length?: string; tz?: string; from?: string; reschedule?: string; meeting?: string; done?: string }

type Common = {
  payload: Payload
  member: User
  request: MentorshipRequest
  viewerIs: 'student' | 'mentor'
  studentName: string
  mentorName: string
  query: BookingQuery
}

const pathOf = (request: MentorshipRequest) => `/account/requests/${request.id}`

function notices(studentName: string): Record<string, string> {
  return {
    booked: 'Booked. You both have an email with a calendar invitation.',
    proposed: `Proposed. ${studentName} has an email asking them to accept the time; you both get a calendar invitation once they do.`,
    session: 'Accepted and booked. You both have an email with a calendar invitation.',
    moved: 'Moved. You both have an email with the new time, and the invitation in your calendars moves with it.',
    accepted: 'You accepted the time. You both have an email with a calendar invitation.',
    declined: 'You declined the proposed time.',
    cancelled: 'The meeting is cancelled. You both have an email, and it leaves your calendars.',
    marked: 'Thank you: noted.',
  }
}

/** A meeting that has not started can still be moved. */
const startsLater = (meeting: MeetingView) => new Date(meeting.startsAt).getTime() > Date.now()

/** The "Meetings" section of an accepted mentorship (or of a closed one that had meetings). */
export async function MeetingsSection(props: Common) {
  const { payload, member, request, query, studentName } = props
  const [upcoming, past] = await Promise.all([
    meetingsOf(payload, member, { requestId: request.id, when: 'upcoming', limit: 10 }),
    meetingsOf(payload, member, { requestId: request.id, when: 'past', limit: 10 }),
  ])
  const open = request.status === 'accepted'
  if (!open && upcoming.docs.length === 0 && past.docs.length === 0) return null
  const moving = query.reschedule ? (upcoming.docs.find((meeting) => String(meeting.id) === query.reschedule) ?? null) : null
  const movable = moving && startsLater(moving) ? moving : null
  const notice = notices(studentName)[query.meeting ?? query.done ?? '']
  const path = pathOf(request)

  return (
    <section aria-labelledby="meetings-heading" id="book" className="mt-8 scroll-mt-24" data-testid="request-meetings">
      <h2 id="meetings-heading">Meetings</h2>
      {notice && (
        <div className="mb-4">
          <FormMessage message={notice} />
        </div>
      )}
      {upcoming.docs.length > 0 ? (
        <ul className="m-0 flex list-none flex-col gap-3 p-0">
          {upcoming.docs.map((meeting) => (
            <li key={meeting.id} className="m-0 p-0">
              <MeetingCard meeting={meeting} returnTo={path} />
            </li>
          ))}
        </ul>
      ) : (
        open && <p className="text-muted-foreground">No meetings booked yet.</p>
      )}
      {past.docs.length > 0 && (
        <details className="mt-4 rounded-lg border border-border">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium">Earlier meetings ({past.totalDocs})</summary>
          <ul className="m-0 flex list-none flex-col gap-3 p-3">
            {past.docs.map((meeting) => (
              <li key={meeting.id} className="m-0 p-0">
                <MeetingCard meeting={meeting} returnTo={path} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {open && (
        <div className="mt-6 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
          {query.reschedule && !movable && <p className="notice mt-0">That meeting can no longer be moved: it has started, or it is no longer booked.</p>}
          {movable || upcoming.docs.filter((meeting) => !meeting.past).length < upcomingPerMentorship ? (
            <BookingStep {...props} mode="book" moving={movable} />
          ) : (
            <p className="m-0">
              You have {upcomingPerMentorship} meetings coming up in this mentorship, as many as can be booked at once. Once one of them has been held, you can
              book the next.
            </p>
          )}
        </div>
      )}
    </section>
  )
}

/** A Connector's third answer to a waiting request: accept it as a session booked in their own hours. */
export async function SessionBooking(props: Omit<Common, 'viewerIs'>) {
  const loaded = await bookingContext(props.payload, props.member, props.request.id, { allowWaiting: true })
  if (!loaded.ok || loaded.context.side !== 'mentor' || loaded.context.profile.kind !== 'connector') return null
  return (
    <div id="book" className="mt-6 scroll-mt-24 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
      <BookingStep {...props} viewerIs="mentor" mode="session" moving={null} />
    </div>
  )
}

type StepProps = Common & { mode: 'book' | 'session'; moving: MeetingView | null }

/** Length, time zone and free slots, then the form that books, proposes, accepts as a session or moves. */
async function BookingStep({ payload, member, request, viewerIs, studentName, mentorName, query, mode, moving }: StepProps) {
  const loaded = await bookingContext(payload, member, request.id, { allowWaiting: mode === 'session' })
  if (!loaded.ok) {
    const message = loaded.errors.form ?? 'Meetings cannot be booked here just now.'
    return (
      <div data-testid="booking-unavailable">
        <h3 className="mt-0">Book a time</h3>
        <p className="mb-0">
          {message}
          {viewerIs === 'mentor' && /booking hours/.test(message) && (
            <>
              {' '}
              <Link href="/account/profile/availability">Set your booking hours</Link>.
            </>
          )}
        </p>
      </div>
    )
  }
  const { context } = loaded
  const { schedule } = context
  const path = pathOf(request)
  const requested = Number(query.length)
  const length = schedule.lengths.includes(requested as never)
    ? requested
    : moving && schedule.lengths.includes(moving.lengthMinutes as never)
      ? moving.lengthMinutes
      : schedule.lengths.includes(30 as never)
        ? 30
        : schedule.lengths[0]
  // The viewer's clock: as asked, else the zone they last booked in (a student) or their own hours' zone (the mentor).
  const zone = [query.tz, viewerIs === 'mentor' ? schedule.timeZone : member.timeZone].find((each) => isKnownTimeZone(each)) ?? null

  const keep = { length: String(length), tz: zone ?? undefined, reschedule: moving ? String(moving.id) : undefined }
  const hrefWith = (change: Partial<Record<'length' | 'tz' | 'from', string>>) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries({ ...keep, ...change })) if (value) params.set(key, value)
    return `${path}?${params.toString()}#book`
  }

  const heading = moving
    ? `Move your meeting of ${moving.when}`
    : mode === 'session'
      ? 'Accept and book a session'
      : viewerIs === 'student'
        ? `Book a time with ${mentorName}`
        : `Propose a time to ${studentName}`
  const intro = moving
    ? `Choose a new time from ${viewerIs === 'student' ? `${mentorName}’s` : 'your'} free times. You both get an email, and the calendar invitation moves.`
    : mode === 'session'
      ? `Accepting books the time at once: ${studentName} gets one answer with the time in it, and you both get a calendar invitation.`
      : viewerIs === 'student'
        ? `${mentorName}’s free times, on your clock. Booking is immediate: you both get an email with a calendar invitation.`
        : `Your free times from your booking hours. ${studentName} gets an email and accepts the time, or declines it.`

  return (
    <div className="flex flex-col gap-5" data-testid="booking-step">
      <div>
        <h3 className="mt-0 mb-1" id={`booking-heading-${mode}`}>
          {heading}
        </h3>
        <p className="m-0 text-sm text-muted-foreground">
          {intro}
          {viewerIs === 'mentor' && (
            <>
              {' '}
              <Link href="/account/profile/availability">Change your booking hours</Link>.
            </>
          )}
          {moving && (
            <>
              {' '}
              <Link href={`${path}#meeting-${moving.id}`}>Keep the current time</Link>.
            </>
          )}
        </p>
      </div>

      {schedule.lengths.length > 1 && (
        <div className="flex flex-col gap-2">
          <p className="m-0 text-sm font-medium" id={`length-label-${mode}`}>
            Meeting length
          </p>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0" aria-labelledby={`length-label-${mode}`}>
            {schedule.lengths.map((each) => (
              <li key={each} className="m-0 p-0">
                <Button asChild variant={each === length ? 'default' : 'outline'} className="min-h-11">
                  <Link href={hrefWith({ length: String(each) })} aria-current={each === length ? 'true' : undefined}>
                    {each} min{each === length && <span className="sr-only"> (chosen)</span>}
                  </Link>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form key={zone ?? 'none'} method="get" action={`${path}#book`} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="length" value={String(length)} />
        {moving && <input type="hidden" name="reschedule" value={String(moving.id)} />}
        <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1.5">
          <Label htmlFor={`tz-${mode}`}>Your time zone</Label>
          <Select id={`tz-${mode}`} name="tz" defaultValue={zone ?? schedule.timeZone}>
            {timeZoneChoices(zone).map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="outline" className="min-h-11">
          Show times
        </Button>
      </form>

      {zone ? (
        <Slots
          {...{ payload, request, viewerIs, mode, moving, length, zone, hrefWith, from: query.from }}
          context={context}
          studentName={studentName}
          mentorName={mentorName}
        />
      ) : (
        <>
          <Suspense>
            <SlotZoneDetect />
          </Suspense>
          <p className="m-0">Choose your time zone and press “Show times” to see the free times on your clock.</p>
        </>
      )}
    </div>
  )
}

type SlotsProps = Pick<StepProps, 'payload' | 'request' | 'viewerIs' | 'mode' | 'moving' | 'studentName' | 'mentorName'> & {
  context: Extract<Awaited<ReturnType<typeof bookingContext>>, { ok: true }>['context']
  length: number
  zone: string
  from?: string
  hrefWith: (change: Partial<Record<'length' | 'tz' | 'from', string>>) => string
}

async function Slots({ payload, request, viewerIs, mode, moving, context, length, zone, from, hrefWith, studentName, mentorName }: SlotsProps) {
  const slots = await slotsFor(payload, context, { length, viewerTimeZone: zone, except: moving?.id })
  const page = slotPage(slots, context.schedule.timeZone, from)
  const other = viewerIs === 'student' ? mentorName : studentName
  if (page.days.length === 0)
    return (
      <p className="m-0" data-testid="no-slots">
        {viewerIs === 'student' ? `${mentorName} has` : 'You have'} no free {length}-minute times in the next {context.schedule.horizonDays} days.
        {context.schedule.lengths.length > 1 ? ' A shorter meeting may fit.' : ''} Write to {other} in the conversation to find a time.
      </p>
    )
  const first = page.days[0].day
  const last = page.days.at(-1)!.day
  const twoClocks = page.days.some((day) => day.slots.some((slot) => slot.otherClock))
  const clockNote = twoClocks ? ` ${viewerIs === 'student' ? `${mentorName}’s` : 'Your booking hours’'} clock is beside each time.` : ''
  const submitLabel = moving ? 'Move the meeting' : mode === 'session' ? 'Accept and book a session' : viewerIs === 'student' ? 'Book' : 'Propose this time'

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Other days" className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="m-0 text-muted-foreground" data-testid="slot-range">
          {first === last ? first : `${first} – ${last}`}, {length} minutes, on your clock ({placeOfZone(zone)}).{clockNote}
        </p>
        <span className="flex gap-2">
          {page.earlier && (
            <Button asChild variant="outline" size="sm" className="min-h-11">
              <Link href={hrefWith({ from: page.earlier })}>Earlier</Link>
            </Button>
          )}
          {page.later && (
            <Button asChild variant="outline" size="sm" className="min-h-11">
              <Link href={hrefWith({ from: page.later })}>Later times</Link>
            </Button>
          )}
        </span>
      </nav>
      <BookingForm
        key={`${length}-${zone}-${page.days[0].date}`}
        requestId={request.id}
        mode={moving ? 'move' : mode}
        meetingId={moving?.id}
        length={length}
        timeZone={zone}
        hostTimeZone={context.schedule.timeZone}
        days={page.days}
        submitLabel={submitLabel}
        noteLabel={moving ? 'Why the change (optional)' : 'What you would like to talk about (optional)'}
        noteHint={
          moving
            ? `${other} reads this in the email about the new time. Up to 500 characters.`
            : `An agenda helps you both prepare; ${other} sees it with the meeting. Up to 1,000 characters.`
        }
      />
    </div>
  )
}
