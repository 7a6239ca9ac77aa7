import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText, safeHref } from '@/components/RichText'
import { eventPageURL } from '@/events/calendar'
import { eventAudienceLabel, eventFormatLabel } from '@/events/options'
import { formatEventTime } from '@/events/times'
import { getEvent } from '@/queries/events'
import { getSiteShell } from '@/queries/site'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

/** Each event page is rendered on its first visit, then cached until a publish or unpublish refreshes it. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).slug)
  return event ? { title: event.title, description: event.summary } : {}
}

export default async function EventPage({ params }: Props) {
  const event = await getEvent((await params).slug)
  if (!event) notFound()
  const { settings } = await getSiteShell()
  const ended = new Date(event.endsAt) < new Date()
  const report = `/report?kind=event&subject=${encodeURIComponent(`${event.title} (${eventPageURL(event.slug)})`)}`

  return (
    <article className="event">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/events">Events</Link>
      </nav>
      <h1>{event.title}</h1>
      <p className="meta">
        {eventFormatLabel(event.format)} · Hosted by{' '}
        {event.host ? <Link href={`/organizations/${event.host.slug}`}>{event.host.name}</Link> : settings.siteName}
      </p>
      {ended && <p className="notice">This event has ended.</p>}
      <p className="lead">{event.summary}</p>

      <dl className="facts">
        <dt>When</dt>
        <dd data-testid="event-time">
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</time>
        </dd>
        <dt>In UTC</dt>
        <dd data-testid="event-time-utc">{formatEventTime(event.startsAt, event.endsAt, 'UTC')}</dd>
        <dt>Format</dt>
        <dd>{eventFormatLabel(event.format)}</dd>
        {event.place && (
          <>
            <dt>Where</dt>
            <dd>{event.place}</dd>
          </>
        )}
        {event.joiningLink && (
          <>
            <dt>Join online</dt>
            <dd>
              <a href={safeHref(event.joiningLink)} rel="noopener noreferrer">
                {event.joiningLink}
              </a>
            </dd>
          </>
        )}
        {event.registrationLink && (
          <>
            <dt>Registration</dt>
            <dd>
              <a href={safeHref(event.registrationLink)} rel="noopener noreferrer">
                Register for {event.title}
              </a>
            </dd>
          </>
        )}
        {event.audience.length > 0 && (
          <>
            <dt>For</dt>
            <dd>{event.audience.map(eventAudienceLabel).join(', ')}</dd>
          </>
        )}
      </dl>

      {event.description && <RichText data={event.description} />}

      <p className="button-row">
        <a href={`/events/${event.slug}/calendar.ics`} download>
          Add to my calendar
        </a>
        <span className="meta">(an .ics file for Apple Calendar, Google Calendar, Outlook and others)</span>
      </p>
      <p className="meta">
        <Link href={report}>Report this event</Link>
      </p>
    </article>
  )
}
