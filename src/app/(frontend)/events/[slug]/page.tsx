import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CalendarPlus, Flag } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText, safeHref } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
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
  return event ? pageMetadata({ title: event.title, description: event.summary, path: `/events/${event.slug}`, kind: 'article' }) : {}
}

export default async function EventPage({ params }: Props) {
  const event = await getEvent((await params).slug)
  if (!event) notFound()
  const { settings } = await getSiteShell()
  const ended = new Date(event.endsAt) < new Date()
  const report = `/report?kind=event&subject=${encodeURIComponent(`${event.title} (${eventPageURL(event.slug)})`)}`

  return (
    <article className="event">
      <PageHeader back={{ href: '/events', label: 'Events' }} lead={event.summary} title={event.title}>
        <p className="meta m-0 text-sm text-muted-foreground">
          {eventFormatLabel(event.format)} · Hosted by{' '}
          {event.host ? <Link href={`/organizations/${event.host.slug}`}>{event.host.name}</Link> : settings.siteName}
        </p>
        {ended && (
          <Alert className="notice max-w-[70ch]" variant="warning">
            <AlertDescription>This event has ended.</AlertDescription>
          </Alert>
        )}
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="order-2 lg:order-1">{event.description && <RichText data={event.description} />}</div>

        <aside aria-label="Event details" className="order-1 flex flex-col gap-4 lg:order-2 lg:sticky lg:top-6 lg:self-start">
          <Card>
            <CardContent className="flex flex-col gap-5">
              <dl className="facts m-0 grid grid-cols-1 gap-3">
                <div>
                  <dt className="text-sm font-medium text-muted-foreground">When</dt>
                  <dd className="m-0 font-semibold" data-testid="event-time">
                    <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</time>
                  </dd>
                </div>
                <div>
                  <dt className="text-sm font-medium text-muted-foreground">In UTC</dt>
                  <dd className="m-0" data-testid="event-time-utc">
                    {formatEventTime(event.startsAt, event.endsAt, 'UTC')}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm font-medium text-muted-foreground">Format</dt>
                  <dd className="m-0">{eventFormatLabel(event.format)}</dd>
                </div>
                {event.place && (
                  <div>
                    <dt className="text-sm font-medium text-muted-foreground">Where</dt>
                    <dd className="m-0">{event.place}</dd>
                  </div>
                )}
                {event.joiningLink && (
                  <div>
                    <dt className="text-sm font-medium text-muted-foreground">Join online</dt>
                    <dd className="m-0 [overflow-wrap:anywhere]">
                      <a href={safeHref(event.joiningLink)} rel="noopener noreferrer">
                        {event.joiningLink}
                      </a>
                    </dd>
                  </div>
                )}
                {event.audience.length > 0 && (
                  <div>
                    <dt className="text-sm font-medium text-muted-foreground">For</dt>
                    <dd className="m-0">{event.audience.map(eventAudienceLabel).join(', ')}</dd>
                  </div>
                )}
              </dl>
              <div className="flex flex-col gap-2">
                {event.registrationLink && (
                  <Button asChild className="h-auto min-h-10 w-full whitespace-normal">
                    <a href={safeHref(event.registrationLink)} rel="noopener noreferrer">
                      Register for {event.title}
                    </a>
                  </Button>
                )}
                <Button asChild className="w-full" variant={event.registrationLink ? 'outline' : 'default'}>
                  <a aria-describedby="ics-hint" href={`/events/${event.slug}/calendar.ics`} download>
                    <CalendarPlus aria-hidden />
                    Add to my calendar
                  </a>
                </Button>
                <p className="meta m-0 text-xs text-muted-foreground" id="ics-hint">
                  An .ics file for Apple Calendar, Google Calendar, Outlook and others.
                </p>
              </div>
            </CardContent>
          </Card>
          <p className="meta m-0 flex items-center gap-1.5 text-sm">
            <Flag aria-hidden className="size-4 text-muted-foreground" />
            <Link className="text-muted-foreground hover:text-primary" href={report}>
              Report this event
            </Link>
          </p>
        </aside>
      </div>
    </article>
  )
}
